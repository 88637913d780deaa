#include <curl/curl.h>

static inline CURLcode leadline_curl_global_init(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per kind of value. */
static inline CURLcode leadline_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode leadline_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode leadline_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}
typedef size_t (*leadline_curl_io)(char *buffer, size_t size, size_t count, void *context);
static inline CURLcode leadline_curl_set_io(CURL *curl, CURLoption option, leadline_curl_io value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode leadline_curl_get_long(CURL *curl, CURLINFO info, long *value) {
    return curl_easy_getinfo(curl, info, value);
}
