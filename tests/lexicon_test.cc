#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <tuple>

#include "test_util.h"
#include "text/utf8.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

fs::path temp_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("marsad_test_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void write(const fs::path& p, const std::string& s) {
  std::ofstream(p, std::ios::binary) << s;
}

std::shared_ptr<Lexicon> tiny(std::vector<std::string>* errs) {
  fs::path d = temp_dir("tiny");
  write(d / "actors_test.tsv",
        "# pattern\tcode\tname\tkind\n"
        "الجيش العراقي|الجيش العراقى\tIRQMIL\tIraqi Army\torg\n"
        "العراق\tIRQ\tIraq\tcountry\n"
        "مسلح|مسلحون|مسلحين\tUAF\tgunmen\tagent\n"
        "bad row without columns\n"
        "جيش\tirq\tbad code\torg\n");
  write(d / "triggers_test.tsv",
        "قصف/يقصف\tV\tASSAULT\taerial\t195\tobj\tقصفت الطائرات المدينة.\n"
        "أطلق/يطلق النار\tV\tASSAULT\tfirearms\t193\tعلى\tأطلق مسلحون النار على دورية.\n"
        "غارة|غارات\tN\tASSAULT\taerial\t195\t-\tشنت الطائرات غارات.\n"
        "قصف\tN\tNOTATYPE\t-\t195\t-\tx\n");
  return Lexicon::compile({d.string()}, errs).value();
}

TEST(Lexicon, CompileReportsBadRowsAndKeepsTheRest) {
  std::vector<std::string> errs;
  auto lx = tiny(&errs);
  ASSERT_TRUE(lx);
  EXPECT_EQ(lx->entry_count(), 6u);
  ASSERT_EQ(errs.size(), 3u);
  EXPECT_NE(errs[0].find("actors_test.tsv:5"), std::string::npos) << errs[0];
  EXPECT_NE(errs[1].find("bad code 'irq'"), std::string::npos) << errs[1];
  EXPECT_NE(errs[2].find("unknown PLOVER type 'NOTATYPE'"), std::string::npos) << errs[2];
}

TEST(Lexicon, InflectsVerbs) {
  auto forms = inflect_verb("قصف", "يقصف");
  std::set<std::string> s(forms.begin(), forms.end());
  for (const char* f : {"قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "يقصفون", "نقصف", "يقصفوا"})
    EXPECT_TRUE(s.count(f)) << f;
}

TEST(Lexicon, SaveLoadRoundTripAndRefusesBadFiles) {
  std::vector<std::string> errs;
  auto lx = tiny(&errs);
  fs::path d = temp_dir("bin");
  std::string path = (d / "lex.bin").string();
  ASSERT_TRUE(lx->save(path).ok());
  auto back = Lexicon::load(path);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value()->entry_count(), lx->entry_count());
  EXPECT_EQ(back.value()->checksum(), lx->checksum());
  EXPECT_GE(back.value()->word_id("العراق"), 0);
  EXPECT_EQ(back.value()->word_id("لندن"), -1);
  // truncated
  {
    std::string bytes;
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
    write(d / "trunc.bin", bytes.substr(0, bytes.size() / 2));
    auto r = Lexicon::load((d / "trunc.bin").string());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("size"), std::string::npos) << r.status().message();
    // a flipped byte in the body fails the checksum
    bytes[bytes.size() - 20] ^= 0x5A;
    write(d / "flip.bin", bytes);
    auto f = Lexicon::load((d / "flip.bin").string());
    ASSERT_FALSE(f.ok());
    EXPECT_NE(f.status().message().find("checksum"), std::string::npos);
    // no magic (a half-written file)
    bytes[0] = 0;
    write(d / "nomagic.bin", bytes);
    EXPECT_FALSE(Lexicon::load((d / "nomagic.bin").string()).ok());
  }
}

Segmentation seg_of(const std::string& s) {
  static std::u32string orig;
  static NormalizedText nt;
  size_t bad = 0;
  decode_utf8(s, &orig, &bad);
  nt = Normalizer::normalize(orig);
  Segmentation seg;
  segment(nt, &seg);
  return seg;
}

TEST(Lexicon, MatchesAfterCliticsAndWithGaps) {
  std::vector<std::string> errs;
  auto lx = tiny(&errs);
  auto seg = seg_of("وقصفت طائرات للجيش العراقي مواقع، وأطلق مسلحون النار والغارات");
  std::vector<LexMatch> ms;
  lx->match(seg, 0, static_cast<uint32_t>(seg.tokens.size()), &ms);
  std::set<std::string> got;
  for (const auto& m : ms) got.insert(std::to_string(m.tok_begin) + "-" + std::to_string(m.tok_end) + ":" + lx->str(lx->entry(m.entry).name) + lx->str(lx->entry(m.entry).cameo));
  EXPECT_TRUE(got.count("0-1:195")) << "وقصفت";
  EXPECT_TRUE(got.count("2-4:Iraqi Army")) << "للجيش العراقي";
  EXPECT_TRUE(got.count("3-4:Iraq") == 0) << "العراقي is not العراق";
  EXPECT_TRUE(got.count("6-9:193")) << "أطلق مسلحون النار (gap)";
  EXPECT_TRUE(got.count("7-8:gunmen"));
  EXPECT_TRUE(got.count("9-10:195")) << "والغارات";
}

// The fast trie matcher and the naive reference matcher agree on random text
// made of lexicon words, clitics and noise.
TEST(Lexicon, FastMatcherAgreesWithNaive) {
  auto lx = testing::project_lexicon();
  ASSERT_TRUE(lx);
  std::mt19937 rng(12345);
  std::vector<std::string> vocab;
  for (uint32_t i = 0; i < lx->word_count(); i += 7) vocab.emplace_back(lx->word(i));
  const char* noise[] = {"و", "ب", "ال", "في", "،", "\"", "من", "قال", "12", "ستة"};
  const char* pre[] = {"", "", "", "و", "ب", "ل", "وال", "فال"};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    int n = 5 + static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) {
      if (rng() % 4 == 0) text += noise[rng() % 10];
      else text += std::string(pre[rng() % 8]) + vocab[rng() % vocab.size()];
      text += " ";
    }
    auto seg = seg_of(text);
    std::vector<LexMatch> fast, naive;
    uint32_t e = static_cast<uint32_t>(seg.tokens.size());
    lx->match(seg, 0, e, &fast);
    lx->match_naive(seg, 0, e, &naive);
    auto key = [](const std::vector<LexMatch>& v) {
      std::set<std::tuple<uint32_t, uint32_t, uint32_t>> s;
      for (const auto& m : v) s.insert({m.tok_begin, m.tok_end, m.entry});
      return s;
    };
    ASSERT_EQ(key(fast), key(naive)) << text;
  }
}

}  // namespace
}  // namespace marsad
