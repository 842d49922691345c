// HTML article pages → one Document (gumbo): the <title>, and the main text:
// the text of <article>, or else of the <p> elements of <body>. A page with no
// body (or a body with no article or paragraph text) is reported, not guessed at.
#pragma once
#include <string>
#include <string_view>

#include "coder/event.h"
#include "io/readers.h"

namespace marsad {

// origin: the file name (the id defaults to its stem, as for text files).
bool read_html_document(std::string_view html, const std::string& origin, const TextDefaults& def, Document* doc,
                        ReadIssue* issue);

// The visible text of an HTML fragment (tags stripped, scripts dropped, block
// elements on their own lines, entities decoded).
std::string html_to_text(std::string_view html);

}  // namespace marsad
