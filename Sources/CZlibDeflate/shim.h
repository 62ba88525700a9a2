#ifndef SERVICEBENCH_CZLIBDEFLATE_SHIM_H
#define SERVICEBENCH_CZLIBDEFLATE_SHIM_H

// zlib's deflate and CRC-32, for the ZIP container of the workbooks ServiceBench writes (.xlsx).
#include <zlib.h>

/// `deflateInit2` is a macro; Swift calls this. Raw deflate (no zlib header), as ZIP entries hold it.
static inline int sb_deflateInitRaw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

#endif
