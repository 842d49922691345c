// Shared inputs for the micro-benchmarks: the example articles
// (data/examples/articles.jsonl) as documents, normalized texts, segmentations
// and sentences; the project lexicon compiled once.
#pragma once
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "io/readers.h"
#include "lexicon/lexicon.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace marsad::bench {

inline const std::vector<Document>& articles() {
  static std::vector<Document> docs = [] {
    std::vector<Document> out;
    std::ifstream in(std::string(MARSAD_SOURCE_DIR) + "/data/examples/articles.jsonl");
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
      Document d;
      ReadIssue is;
      if (parse_jsonl_line(line, "articles.jsonl:" + std::to_string(++n), &d, &is)) out.push_back(d);
    }
    if (out.empty()) {  // no data: a generated article keeps the benchmarks meaningful
      Document d;
      d.id = "gen";
      for (int i = 0; i < 40; ++i)
        d.text += "قتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية على بلدة قرب حلب يوم الثلاثاء الماضي. ";
      out.push_back(d);
    }
    return out;
  }();
  return docs;
}

inline const std::vector<std::u32string>& article_code_points() {
  static std::vector<std::u32string> v = [] {
    std::vector<std::u32string> out;
    for (const Document& d : articles()) {
      std::u32string s;
      size_t bad = 0;
      if (decode_utf8(d.text, &s, &bad)) out.push_back(std::move(s));
    }
    return out;
  }();
  return v;
}

inline size_t article_bytes() {
  size_t n = 0;
  for (const Document& d : articles()) n += d.text.size();
  return n;
}

inline std::shared_ptr<Lexicon> project_lexicon() {
  static std::shared_ptr<Lexicon> lx = [] {
    std::vector<std::string> errs;
    auto r = Lexicon::compile({std::string(MARSAD_SOURCE_DIR) + "/data/lexicon"}, &errs);
    return r.ok() ? r.value() : nullptr;
  }();
  return lx;
}

// Normalized + segmented articles (built once).
struct Prepared {
  std::vector<NormalizedText> nts;
  std::vector<Segmentation> segs;
};
inline const Prepared& prepared() {
  static Prepared p = [] {
    Prepared out;
    for (const auto& cp : article_code_points()) out.nts.push_back(Normalizer::normalize(cp));
    out.segs.resize(out.nts.size());
    for (size_t i = 0; i < out.nts.size(); ++i) segment(out.nts[i], &out.segs[i]);
    return out;
  }();
  return p;
}

}  // namespace marsad::bench
