// DateResolver: finds time expressions in one sentence and resolves them
// against the document's publication date, with a precision.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

struct CivilDate {
  int y = 0, m = 0, d = 0;
  bool operator==(const CivilDate&) const = default;
};

// Parses "YYYY-MM-DD" (also accepts a trailing " HH:MM:SS" or "THH:MM..."),
// returns nullopt on anything else or on an impossible date.
std::optional<CivilDate> parse_iso_date(std::string_view s);
std::string to_iso(const CivilDate& d);  // "2020-04-09"

struct DateExpr {
  size_t tok_begin = 0, tok_end = 0;  // [begin, end) token indices in the sentence
  std::string start, end;             // inclusive ISO dates, "" when unresolved
  std::string precision;              // day | part_of_month | month | year | unknown
  bool future = false;                // the expression points after the publication date
                                      // (المقبل، القادم، غدا، next year ...)
  int score = 0;                      // specificity: day 4, part_of_month 3, month 2, year 1, unknown 0
};

// tokens: the sentence's words, already NORMALIZED (harakat and tatweel
// removed; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic digits → ASCII digits),
// punctuation as separate one-character tokens ("/", "،", ".", "-"), proclitics
// NOT removed (the resolver strips و ف ب ل and ال itself where needed:
// "وبداية", "بالشهر", "للعام"). pub: publication date, if known.
// Returns every time expression found, in text order, non-overlapping.
std::vector<DateExpr> find_dates(const std::vector<std::string>& tokens,
                                 const std::optional<CivilDate>& pub);

}  // namespace marsad
