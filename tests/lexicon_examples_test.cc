// Every trigger row's example sentence must be coded with the row's type:
// a row that does not work fails the build.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace marsad {
namespace {

TEST(LexiconExamples, EveryTriggerRowCodesItsExample) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& de : fs::directory_iterator(testing::source_dir() + "/data/lexicon"))
    if (de.path().filename().string().rfind("triggers", 0) == 0) files.push_back(de.path().string());
  ASSERT_FALSE(files.empty());
  size_t rows = 0, failed = 0;
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    size_t ln = 0;
    while (std::getline(in, line)) {
      ++ln;
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols;
      size_t b = 0;
      for (size_t i = 0; i <= line.size(); ++i)
        if (i == line.size() || line[i] == '\t') {
          cols.push_back(line.substr(b, i - b));
          b = i + 1;
        }
      ASSERT_GE(cols.size(), 7u) << f << ":" << ln;
      ++rows;
      // the row's coverage, not the specificity filter, is under test here
      DocResult r = testing::all_triggers_pipeline().code(testing::doc_of(cols[6]));
      bool ok = false;
      for (const auto& e : r.events) ok |= e.type == cols[2];
      if (!ok) {
        ++failed;
        ADD_FAILURE() << fs::path(f).filename().string() << ":" << ln << " (" << cols[2] << ") example not coded: "
                      << cols[6];
      }
    }
  }
  EXPECT_GT(rows, 300u);
  EXPECT_EQ(failed, 0u);
}

}  // namespace
}  // namespace marsad
