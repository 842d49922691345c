// Shared helpers for the tests: the project's own lexicon and ontology, and a
// pipeline built once.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "coder/pipeline.h"

namespace marsad::testing {

inline std::string source_dir() { return MARSAD_SOURCE_DIR; }

inline std::shared_ptr<Lexicon> project_lexicon() {
  static std::shared_ptr<Lexicon> lx = [] {
    std::string bin = std::string(MARSAD_BINARY_DIR) + "/marsad.lex";
    if (std::filesystem::exists(bin)) {
      auto r = Lexicon::load(bin);
      if (r.ok()) return r.value();
    }
    std::vector<std::string> errs;
    auto r = Lexicon::compile({source_dir() + "/data/lexicon"}, &errs);
    return r.ok() ? r.value() : nullptr;
  }();
  return lx;
}

// The gazetteer built next to the binary (our tables + GeoNames cities500 when
// marsad.sh installed it), else our tables alone.
inline std::shared_ptr<Gazetteer> project_gazetteer() {
  static std::shared_ptr<Gazetteer> g = [] {
    std::string bin = std::string(MARSAD_BINARY_DIR) + "/marsad.gaz";
    if (std::filesystem::exists(bin)) {
      auto r = Gazetteer::load(bin);
      if (r.ok()) return r.value();
    }
    GazetteerInputs in;
    in.tables_dir = source_dir() + "/data/gazetteer";
    std::vector<std::string> notes;
    auto r = Gazetteer::compile(in, &notes);
    return r.ok() ? r.value() : nullptr;
  }();
  return g;
}

inline const Pipeline& pipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    auto onto = Ontology::load(source_dir() + "/data/ontology");
    return std::make_unique<Pipeline>(std::vector<std::shared_ptr<Lexicon>>{project_lexicon()}, onto.value(),
                                      PipelineOptions{}, project_gazetteer());
  }();
  return *p;
}

// Every trigger becomes an event (min_specificity 0): for lexicon coverage tests.
inline const Pipeline& all_triggers_pipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    auto onto = Ontology::load(source_dir() + "/data/ontology");
    PipelineOptions opt;
    opt.min_specificity = 0;
    return std::make_unique<Pipeline>(std::vector<std::shared_ptr<Lexicon>>{project_lexicon()}, onto.value(), opt,
                                      project_gazetteer());
  }();
  return *p;
}

inline Document doc_of(const std::string& text, const std::string& date = "2020-04-13") {
  Document d;
  d.id = "t";
  d.text = text;
  d.date = date;
  return d;
}

inline DocResult code_text(const std::string& text, const std::string& date = "2020-04-13") {
  Document d;
  d.id = "t";
  d.text = text;
  d.date = date;
  return pipeline().code(d);
}

}  // namespace marsad::testing
