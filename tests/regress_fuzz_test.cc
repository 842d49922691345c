// Regression tests for inputs found by the fuzzers (fuzz/, docs/ROBUSTNESS.md).
// Each test names the fuzz target and the problem it found.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/rss_reader.h"
#include "time/date_resolver.h"

namespace marsad {
namespace {

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ' ') {
      if (i > b) out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

// fuzz_date: publication date 0001-01-01 and "اول امس" (the day before
// yesterday) resolved to "0000-12-30", an ISO date outside 0001..9999 that
// parse_iso_date itself rejects. Such expressions now stay unresolved.
TEST(RegressFuzz, DateBeforeYearOneStaysUnresolved) {
  auto pub = parse_iso_date("0001-01-01");
  ASSERT_TRUE(pub);
  auto found = find_dates(words("اول امس"), pub);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].start, "");
  EXPECT_EQ(found[0].end, "");
  EXPECT_EQ(found[0].precision, "unknown");
}

TEST(RegressFuzz, DateAfterYear9999StaysUnresolved) {
  auto pub = parse_iso_date("9999-12-31");
  ASSERT_TRUE(pub);
  for (const char* s : {"غدا", "العام المقبل", "الشهر المقبل"}) {
    for (const DateExpr& d : find_dates(words(s), pub)) {
      if (!d.start.empty()) {
        EXPECT_TRUE(parse_iso_date(d.start)) << s << " -> " << d.start;
      }
      if (!d.end.empty()) {
        EXPECT_TRUE(parse_iso_date(d.end)) << s << " -> " << d.end;
      }
    }
  }
}

// the ordinary case next to the edge still resolves
TEST(RegressFuzz, DateNearYearOneStillResolves) {
  auto found = find_dates(words("اول امس"), parse_iso_date("0001-01-03"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].start, "0001-01-01");
  EXPECT_EQ(found[0].precision, "day");
}

// fuzz_rss: feed_date passed impossible dates through ("2023-13-45T99:00:00Z"
// -> "2023-13-45", "31 Feb 2023" -> "2023-02-31", a five-digit year) as the
// document's date. It now returns "" for them, as for any unreadable date, and
// the reader falls back to --date.
TEST(RegressFuzz, FeedDateRejectsImpossibleDates) {
  EXPECT_EQ(feed_date("2023-13-45T99:00:00Z"), "");
  EXPECT_EQ(feed_date("2023-02-30"), "");
  EXPECT_EQ(feed_date("Fri, 31 Feb 2023 08:00:00 +0000"), "");
  EXPECT_EQ(feed_date("Tue, 16 May 123456 08:00:00 +0000"), "");
  // valid dates are unchanged
  EXPECT_EQ(feed_date("2023-05-16T08:00:00Z"), "2023-05-16");
  EXPECT_EQ(feed_date("Tue, 16 May 2023 08:00:00 +0000"), "2023-05-16");
  EXPECT_EQ(feed_date("29 Feb 2024"), "2024-02-29");
}

TEST(RegressFuzz, FeedItemWithImpossibleDateFallsBackToDefault) {
  const std::string xml =
      "<rss version=\"2.0\"><channel><item><guid>g1</guid><title>t</title>"
      "<pubDate>2023-13-45</pubDate><description>قتل الجيش مسلحين</description></item></channel></rss>";
  TextDefaults def;
  def.date = "2020-04-13";
  std::vector<Document> docs;
  ReadIssue issue;
  ASSERT_TRUE(read_feed(xml, "regress.xml", def, &docs, &issue)) << issue.message;
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].date, "2020-04-13");
}

}  // namespace
}  // namespace marsad
