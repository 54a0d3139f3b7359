#ifndef ARNA_CLIBXML2_SHIM_H
#define ARNA_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in the system
// <unicode/*.h>. Any Swift module that imports Foundation (which carries its own
// _FoundationICU) and this module then fails with "'UErrorCode' has different
// definitions in different modules". arna never touches xmlCharEncodingHandler by
// value, so hiding the ICU part of libxml2's headers is safe.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlmemory.h>
#include <libxml/uri.h>
#include <libxml/HTMLtree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

// Frees memory libxml2 allocated and handed over. `xmlFree` is a C global function pointer,
// which Swift 6 refuses to read (shared mutable state); C reads it here.
static inline void arna_xml_free(void *pointer) { xmlFree(pointer); }

// XPath evaluation reports some problems (an unknown function) only through the generic error
// channel, which prints to stderr and whose variadic handler type Swift cannot write. This runs
// `body(info)` with that channel turned off for the calling thread, then puts it back.
static void arna_ignore_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void arna_without_generic_errors(void (*body)(void *), void *info) {
    xmlGenericErrorFunc saved = *__xmlGenericError();
    void *savedContext = *__xmlGenericErrorContext();
    xmlSetGenericErrorFunc(NULL, arna_ignore_generic_error);
    body(info);
    xmlSetGenericErrorFunc(savedContext, saved);
}

#endif
