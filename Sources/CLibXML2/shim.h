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

#endif
