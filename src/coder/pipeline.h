// Pipeline: one document in, events out. read → langid → normalize → segment
// → match → assemble → resolve → code. Thread-safe: one Pipeline is shared by
// all worker threads.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "coder/event.h"
#include "coder/ontology.h"
#include "lexicon/lexicon.h"
#include "geo/toponym.h"
#include "time/date_resolver.h"

namespace marsad {

struct PipelineOptions {
  size_t max_doc_bytes = 5 * 1024 * 1024;  // larger documents are reported and skipped
  bool check_language = true;
};

class Pipeline {
 public:
  Pipeline(std::vector<std::shared_ptr<Lexicon>> lexicons, Ontology onto, PipelineOptions opt = {},
           std::shared_ptr<Gazetteer> gazetteer = nullptr);
  // Codes one document. trace (optional) receives the explain lines.
  DocResult code(const Document& doc, std::vector<std::string>* trace = nullptr) const;
  const Ontology& ontology() const { return onto_; }
  const ToponymResolver* geocoder() const { return geo_.get(); }

 private:
  std::vector<std::shared_ptr<Lexicon>> lex_;
  Ontology onto_;
  PipelineOptions opt_;
  std::unique_ptr<ToponymResolver> geo_;
};

}  // namespace marsad
