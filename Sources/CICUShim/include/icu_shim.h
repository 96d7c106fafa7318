#ifndef GLEAN_ICU_SHIM_H
#define GLEAN_ICU_SHIM_H

// A narrow C interface to ICU's break iterators and normaliser.
// This header names no ICU type: ICU's own headers stay inside icu_shim.c, so Swift modules that
// also import Foundation (which carries its own ICU headers) can import this one.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opaque break iterator owned by the caller; free with glean_breaker_close.
typedef struct GleanBreaker GleanBreaker;

/// Word boundaries.
#define GLEAN_BREAK_WORD 0
/// Sentence boundaries.
#define GLEAN_BREAK_SENTENCE 1

/// Opens a break iterator of `kind` for `locale` (e.g. "zh"). On failure returns NULL and sets
/// `*status` to ICU's error code (> 0); warnings (< 0) are not failures.
GleanBreaker *glean_breaker_open(int32_t kind, const char *locale, int32_t *status);

/// Releases the iterator and its copy of the text.
void glean_breaker_close(GleanBreaker *breaker);

/// Copies `length` UTF-16 units of `text` into the iterator and resets it. Returns an ICU status.
int32_t glean_breaker_set_text(GleanBreaker *breaker, const uint16_t *text, int32_t length);

/// Writes the boundaries after the first (UTF-16 offsets, ascending, the last one = length) into
/// `out`, at most `capacity` of them; returns how many there are in all (call again with a larger
/// buffer when it exceeds `capacity`). `rule_status`, if not NULL, receives each segment's rule
/// status (word kind: 0 none, 100 number, 200 letter, 300 kana, 400 ideo).
int32_t glean_breaker_boundaries(
  GleanBreaker *breaker, int32_t *out, int32_t *rule_status, int32_t capacity);

/// NFKC-normalises `length` UTF-16 units into `out` (capacity `capacity`). Returns the length
/// needed; a negative value is an ICU error code, negated.
int32_t glean_nfkc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// The ICU version string, e.g. "72.1", written into `out` (at least 32 bytes).
void glean_icu_version(char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
