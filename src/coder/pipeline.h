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
  // How much concrete anchoring (counts 2, time 2, place 1, named actors 1
  // each, a perfect or light verb 1; generic cues and condemnations lower it)
  // a trigger needs to be reported as an asserted event. Lower it for recall
  // (--min-specificity); 0 reports every trigger.
  int min_specificity = 4;
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
