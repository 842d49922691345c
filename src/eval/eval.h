// Evaluation against gold data: sentence-level detection (the gsr format:
// id, date, text, type, label yes | easy no | difficult no | ambiguous, gold
// actor codes) and event-record gold (EVENT_SCHEMA.md fields per document).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "coder/pipeline.h"

namespace marsad {

struct DetectionScores {
  std::string type;
  int tp = 0, fp = 0, fn = 0, tn = 0, skipped = 0;
  int src_hit = 0, src_total = 0, tgt_hit = 0, tgt_total = 0;  // country+role fields on detected positives
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double src_acc() const { return src_total ? double(src_hit) / src_total : 0; }
  double tgt_acc() const { return tgt_total ? double(tgt_hit) / tgt_total : 0; }
  // gold type of a positive sentence → predicted asserted types (confusion)
  std::map<std::string, int> predicted_types_on_positives;
  std::map<std::string, int> predicted_types_on_negatives;
};

struct EvalError {
  std::string id, kind, text, produced;  // kind: false positive | false negative
  std::vector<std::string> trace;
};

struct EvalOptions {
  bool keyword_baseline = false;  // count any trigger of the type, whatever its modality
  bool collect_errors = false;
  int threads = 0;
};

// Reads a gsr-format JSONL file and scores the pipeline on it.
Result<DetectionScores> eval_detection(const Pipeline& p, const std::string& path, const EvalOptions& opt,
                                       std::vector<EvalError>* errors);

struct RecordScores {
  int gold = 0, predicted = 0, matched = 0;
  int actor1_hit = 0, actor2_hit = 0, date_hit = 0, place_hit = 0, place_total = 0, count_hit = 0,
      count_total = 0;
};

// Event-record gold: gold_path holds EVENT_SCHEMA.md records (doc_id, type,
// actor1/actor2 codes, date.start, location.admin1/country, fatalities ...),
// docs_path the documents (JSONL). Gold events are matched to produced
// asserted events of the same type in the same document.
Result<RecordScores> eval_records(const Pipeline& p, const std::string& gold_path, const std::string& docs_path);

struct GeocodeScores {
  int cases = 0, found = 0;  // found: a place expression was detected
  int country_hit = 0, admin1_hit = 0, admin1_total = 0, name_hit = 0, name_total = 0, precision_hit = 0;
};

// tests/data/geocode_cases.tsv: sentence, expected country (ISO2), admin1 (or
// -), name (or -), precision, note. The first place mention of each sentence is
// compared at country, admin1 and place level.
Result<GeocodeScores> eval_geocode(const Pipeline& p, const std::string& path, std::vector<std::string>* errors);

}  // namespace marsad
