#ifndef SERVICEBENCH_CLIBXML2_SHIM_H
#define SERVICEBENCH_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers then pull in ICU types that clash with
// Foundation's ("'UErrorCode' has different definitions"). ServiceBench uses no ICU feature of
// libxml2, so the flag is removed before any other header is read.
#include <string.h>
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlreader.h>

/// A parser context over `size` bytes at `buffer` whose SAX handler does nothing: parsing it checks
/// that the text is well-formed XML without building a tree. Freed with `xmlFreeParserCtxt`.
static inline xmlParserCtxtPtr sb_createTreelessParserCtxt(const char *buffer, int size) {
    xmlParserCtxtPtr context = xmlCreateMemoryParserCtxt(buffer, size);
    if (context == NULL || context->sax == NULL) return context;
    memset(context->sax, 0, sizeof(xmlSAXHandler));
    context->sax->initialized = XML_SAX2_MAGIC;
    return context;
}

/// An external entity loader that loads nothing: no file, no FIFO, no URL. Every document and schema
/// ServiceBench parses is self-contained, so any attempt to reach outside (an external DTD or entity,
/// an `xs:include`/`xs:import`/`xs:redefine` of a schema) fails instead of reading or connecting.
static xmlParserInputPtr sb_refusingEntityLoader(const char *url, const char *publicID, xmlParserCtxtPtr context) {
    (void) url; (void) publicID; (void) context;
    return NULL;
}

/// Installs `sb_refusingEntityLoader` for the whole process (libxml2 has one loader per process).
static inline void sb_refuseExternalEntities(void) { xmlSetExternalEntityLoader(sb_refusingEntityLoader); }

/// Swift 6 rejects the global function pointer `xmlFree`; this wrapper is what Swift calls.
static inline void sb_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
