/* Seeded generator of a calls CSV and the same calls as an Asterisk queue_log, for the ingest
 * benchmark. Usage: generate ROWS SEED CALLS_CSV QUEUE_LOG
 * Calls arrive over about 86 days from 2026-01-01 00:00 UTC, busier on weekday office hours; each is
 * answered (85 %), abandoned (12 %) or times out (3 %). Timestamps are whole seconds, so that the two
 * files describe exactly the same calls: the queue_log events of different calls are interleaved in
 * time order, as Asterisk writes them. Everything is fictional. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

static uint64_t state;
static uint64_t next(void) { /* splitmix64 */
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static double uniform(void) { return (next() >> 11) * (1.0 / 9007199254740992.0); }
static double expo(double mean) { return -mean * log(1.0 - uniform()); }

static const char *queues[] = {"support", "billing", "sales", "technical"};
static const double queueWeights[] = {0.45, 0.25, 0.15, 0.15};

static double hourWeight(long t) {
    long day = t / 86400;
    int weekday = (int)((day + 3) % 7); /* 0 = Monday */
    int hour = (int)((t % 86400) / 3600);
    double w = (hour >= 8 && hour < 19) ? ((hour == 10 || hour == 14) ? 2.0 : 1.5) : (hour >= 7 && hour < 21 ? 0.5 : 0.05);
    if (weekday == 5) w *= 0.4;
    if (weekday == 6) w *= 0.1;
    return w;
}

typedef struct { long ts; long seq; int kind; int call; } Event; /* kind 1 CONNECT, 2 COMPLETE, 3 ABANDON, 4 TIMEOUT */
typedef struct { char id[32]; int queue; int agent; long wait; long talk; int caller; } Call;

static Event *heap; static long heapSize, heapCap;
static int before(Event *a, Event *b) { return a->ts < b->ts || (a->ts == b->ts && a->seq < b->seq); }
static void push(Event e) {
    if (heapSize == heapCap) { heapCap = heapCap ? heapCap * 2 : 1024; heap = realloc(heap, heapCap * sizeof(Event)); }
    long i = heapSize++;
    heap[i] = e;
    while (i > 0) { long p = (i - 1) / 2; if (!before(&heap[i], &heap[p])) break; Event t = heap[i]; heap[i] = heap[p]; heap[p] = t; i = p; }
}
static Event pop(void) {
    Event top = heap[0];
    heap[0] = heap[--heapSize];
    long i = 0;
    for (;;) {
        long l = 2 * i + 1, r = l + 1, m = i;
        if (l < heapSize && before(&heap[l], &heap[m])) m = l;
        if (r < heapSize && before(&heap[r], &heap[m])) m = r;
        if (m == i) break;
        Event t = heap[i]; heap[i] = heap[m]; heap[m] = t; i = m;
    }
    return top;
}

#define RING 65536
static Call calls[RING]; /* calls still open, by number modulo RING (far more than ever open at once) */

static void iso(char *out, long t) {
    time_t tt = t; struct tm tm; gmtime_r(&tt, &tm);
    sprintf(out, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static FILE *qlog; static long seqCounter;
static void writeEvent(Event e) {
    Call *c = &calls[e.call % RING];
    const char *q = queues[c->queue];
    switch (e.kind) {
    case 1: fprintf(qlog, "%ld|%s|%s|agent%03d|CONNECT|%ld|%ld.%d|%d\n", e.ts, c->id, q, c->agent, c->wait, e.ts, e.call % 1000, 1 + (int)(c->wait % 7)); break;
    case 2: fprintf(qlog, "%ld|%s|%s|agent%03d|%s|%ld|%ld|1\n", e.ts, c->id, q, c->agent, (e.call & 1) ? "COMPLETEAGENT" : "COMPLETECALLER", c->wait, c->talk); break;
    case 3: fprintf(qlog, "%ld|%s|%s|NONE|ABANDON|1|1|%ld\n", e.ts, c->id, q, c->wait); break;
    case 4: fprintf(qlog, "%ld|%s|%s|NONE|EXITWITHTIMEOUT|1|1|%ld\n", e.ts, c->id, q, c->wait); break;
    }
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: generate ROWS SEED CALLS_CSV QUEUE_LOG\n"); return 64; }
    long rows = atol(argv[1]);
    state = strtoull(argv[2], NULL, 10);
    FILE *csv = fopen(argv[3], "w");
    qlog = fopen(argv[4], "w");
    if (!csv || !qlog) { perror("open"); return 73; }
    static char csvBuffer[1 << 20], logBuffer[1 << 20];
    setvbuf(csv, csvBuffer, _IOFBF, sizeof csvBuffer);
    setvbuf(qlog, logBuffer, _IOFBF, sizeof logBuffer);
    const long start = 1767225600; /* 2026-01-01T00:00:00Z */
    double meanWeight = 0; for (long h = 0; h < 168; h++) meanWeight += hourWeight(start + 4 * 86400 + h * 3600); meanWeight /= 168;
    double baseGap = 86.0 * 86400.0 / (double)rows * meanWeight;
    double t = start;
    fputs("call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n", csv);
    char enter[32], answer[32], end[32];
    for (long i = 0; i < rows; i++) {
        t += expo(baseGap / hourWeight((long)t));
        long enterTs = (long)t;
        while (heapSize > 0 && heap[0].ts <= enterTs) writeEvent(pop());
        Call *c = &calls[i % RING];
        snprintf(c->id, sizeof c->id, "%ld.%ld", enterTs, i);
        double u = uniform(), acc = 0; c->queue = 3;
        for (int q = 0; q < 4; q++) { acc += queueWeights[q]; if (u < acc) { c->queue = q; break; } }
        c->agent = 1 + (int)(next() % 120);
        double outcome = uniform();
        iso(enter, enterTs);
        fprintf(qlog, "%ld|%s|%s|NONE|ENTERQUEUE||06%08d|1\n", enterTs, c->id, queues[c->queue], (int)(next() % 100000000));
        if (outcome < 0.85) {
            c->wait = (long)expo(30.0);
            c->talk = 20 + (long)expo(240.0);
            int wrap = (int)(next() % 61);
            iso(answer, enterTs + c->wait); iso(end, enterTs + c->wait + c->talk);
            fprintf(csv, "%s,%s,%s,%s,%s,answered,agent%03d,%d\n", c->id, queues[c->queue], enter, answer, end, c->agent, wrap);
            push((Event){enterTs + c->wait, seqCounter++, 1, (int)i});
            push((Event){enterTs + c->wait + c->talk, seqCounter++, 2, (int)i});
        } else if (outcome < 0.97) {
            c->wait = (long)expo(45.0);
            iso(end, enterTs + c->wait);
            fprintf(csv, "%s,%s,%s,,%s,abandoned,,\n", c->id, queues[c->queue], enter, end);
            push((Event){enterTs + c->wait, seqCounter++, 3, (int)i});
        } else {
            c->wait = 300;
            iso(end, enterTs + c->wait);
            fprintf(csv, "%s,%s,%s,,%s,timeout,,\n", c->id, queues[c->queue], enter, end);
            push((Event){enterTs + c->wait, seqCounter++, 4, (int)i});
        }
    }
    while (heapSize > 0) writeEvent(pop());
    fclose(csv);
    fclose(qlog);
    return 0;
}
