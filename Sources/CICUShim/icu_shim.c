// The only file of Glean that includes ICU headers: every ICU call goes through here.

#include "icu_shim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>

struct GleanBreaker {
  UBreakIterator *iterator;
  UChar *text;
  int32_t length;
};

GleanBreaker *glean_breaker_open(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UBreakIteratorType type = kind == GLEAN_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &code);
  if (status != NULL) {
    *status = (int32_t)code;
  }
  if (U_FAILURE(code) || iterator == NULL) {
    return NULL;
  }
  GleanBreaker *breaker = calloc(1, sizeof(GleanBreaker));
  if (breaker == NULL) {
    ubrk_close(iterator);
    return NULL;
  }
  breaker->iterator = iterator;
  return breaker;
}

void glean_breaker_close(GleanBreaker *breaker) {
  if (breaker == NULL) {
    return;
  }
  ubrk_close(breaker->iterator);
  free(breaker->text);
  free(breaker);
}

int32_t glean_breaker_set_text(GleanBreaker *breaker, const uint16_t *text, int32_t length) {
  UChar *copy = malloc(sizeof(UChar) * (size_t)(length > 0 ? length : 1));
  if (copy == NULL) {
    return (int32_t)U_MEMORY_ALLOCATION_ERROR;
  }
  if (length > 0) {
    memcpy(copy, text, sizeof(UChar) * (size_t)length);
  }
  UErrorCode code = U_ZERO_ERROR;
  ubrk_setText(breaker->iterator, copy, length, &code);
  if (U_FAILURE(code)) {
    free(copy);
    return (int32_t)code;
  }
  free(breaker->text);
  breaker->text = copy;
  breaker->length = length;
  return 0;
}

int32_t glean_breaker_boundaries(
  GleanBreaker *breaker, int32_t *out, int32_t *rule_status, int32_t capacity) {
  int32_t count = 0;
  ubrk_first(breaker->iterator);
  for (int32_t boundary = ubrk_next(breaker->iterator); boundary != UBRK_DONE;
       boundary = ubrk_next(breaker->iterator)) {
    if (count < capacity) {
      out[count] = boundary;
      if (rule_status != NULL) {
        rule_status[count] = ubrk_getRuleStatus(breaker->iterator);
      }
    }
    count += 1;
  }
  return count;
}

int32_t glean_nfkc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = unorm2_getNFKCInstance(&code);
  if (U_FAILURE(code)) {
    return -(int32_t)code;
  }
  int32_t needed = unorm2_normalize(normalizer, text, length, out, capacity, &code);
  if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) {
    return needed;
  }
  if (U_FAILURE(code)) {
    return -(int32_t)code;
  }
  return needed;
}

void glean_icu_version(char *out, int32_t capacity) {
  UVersionInfo info;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(info);
  u_versionToString(info, text);
  if (capacity > 0) {
    strncpy(out, text, (size_t)capacity - 1);
    out[capacity - 1] = '\0';
  }
}
