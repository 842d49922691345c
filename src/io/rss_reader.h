// RSS 2.0 / RSS 1.0 (RDF) / Atom feeds → one Document per <item>/<entry>
// (libxml2, no network, no entity expansion): id = guid/id, else link; title;
// link; pubDate/updated/published/dc:date → YYYY-MM-DD; text =
// content:encoded/content, else description/summary, HTML tags stripped.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "coder/event.h"
#include "io/readers.h"

namespace marsad {

// False (and *issue) when data is not XML or not a feed.
bool read_feed(std::string_view data, const std::string& origin, const TextDefaults& def,
               std::vector<Document>* docs, ReadIssue* issue);

// "Tue, 16 May 2023 08:00:00 +0000" or "2023-05-16T08:00:00Z" → "2023-05-16"; "" if neither.
std::string feed_date(std::string_view s);

}  // namespace marsad
