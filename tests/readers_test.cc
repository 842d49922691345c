#include "io/readers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "io/writers.h"

namespace marsad {
namespace {

TEST(Jsonl, LineTable) {
  struct Case {
    const char* line;
    bool ok;
    const char* reason;
  } cases[] = {
      {R"({"id": "a1", "text": "قصف", "date": "2020-04-13"})", true, ""},
      {R"({"id": 17, "text": "قصف"})", true, ""},
      {R"({"id": "a2", "text": "قصف", "date": null, "title": null})", true, ""},
      {R"({"id": "a3", "text": "قصف")", false, "bad_json"},
      {R"(["not", "an", "object"])", false, "bad_json"},
      {R"({"id": "a4"})", false, "missing_text"},
      {R"({"text": "قصف"})", false, "missing_id"},
      {R"({"id": "a5", "text": ["x"]})", false, "bad_field"},
  };
  for (const auto& c : cases) {
    Document d;
    ReadIssue is;
    EXPECT_EQ(parse_jsonl_line(c.line, "f:1", &d, &is), c.ok) << c.line;
    if (!c.ok) EXPECT_EQ(is.reason, c.reason) << c.line;
  }
}

TEST(Reader, BadLinesAreReportedWithTheirNumberAndTheRestGoesOn) {
  auto dir = std::filesystem::temp_directory_path() / ("marsad_reader_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto jl = dir / "docs.jsonl";
  std::ofstream(jl) << R"({"id": "d1", "text": "قصفت الطائرات المدينة"})" << "\n"
                    << R"({"id": "d2", "text": )" << "\n"
                    << "\n"
                    << R"({"id": "d3", "text": "تظاهر الطلاب", "date": "2015-07-21 02:51:32"})" << "\n";
  auto tx = dir / "article.txt";
  std::ofstream(tx) << "\xEF\xBB\xBFنص المقال\nسطر ثان";
  DocumentReader r({jl.string(), tx.string()}, TextDefaults{"", "2020-01-01", "wire"});
  std::vector<Document> docs;
  std::vector<ReadIssue> issues;
  Document d;
  while (r.next(&d, &issues)) docs.push_back(d);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "d1");
  EXPECT_EQ(docs[1].id, "d3");
  EXPECT_EQ(docs[1].date, "2015-07-21 02:51:32");
  EXPECT_EQ(docs[2].id, "article");
  EXPECT_EQ(docs[2].text, "نص المقال\nسطر ثان");
  EXPECT_EQ(docs[2].date, "2020-01-01");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].origin, jl.string() + ":2");
  EXPECT_EQ(issues[0].reason, "bad_json");
  std::filesystem::remove_all(dir);
}

TEST(Writers, JsonEscapesAndKeepsArabic) {
  std::string out;
  json_escape("قال \"نعم\"\n\t\x01", &out);
  EXPECT_EQ(out, "\"قال \\\"نعم\\\"\\n\\t\\u0001\"");
}

}  // namespace
}  // namespace marsad
