// ClauseAssembler: per sentence, turns lexicon matches into events: trigger +
// actor1 + actor2 + place + time + counts, with reported speech, modality and
// negation.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coder/event.h"
#include "coder/ontology.h"
#include "geo/toponym.h"
#include "lexicon/lexicon.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "time/date_resolver.h"

namespace marsad {

struct Speaker {
  bool present = false;
  ActorRef actor;
};

struct SentenceContext {
  const Document* doc = nullptr;
  const std::u32string* orig = nullptr;  // original code points
  const Segmentation* seg = nullptr;
  const std::vector<std::shared_ptr<Lexicon>>* lexicons = nullptr;
  const Ontology* onto = nullptr;
  std::optional<CivilDate> pub;
  uint32_t sentence_index = 0;  // 0-based
  Speaker* last_speaker = nullptr;  // carried across sentences ("وأضاف: ...")
  const ToponymResolver* geo = nullptr;   // null: places keep text/span only
  GeoContext* geo_ctx = nullptr;          // document focus, updated as places resolve
  std::vector<PlaceMention>* places = nullptr;  // every place mentioned (optional)
  int min_specificity = 4;  // anchors an asserted event needs (PipelineOptions)
};

void assemble_sentence(const SentenceContext& ctx, std::vector<Event>* out,
                       std::vector<std::string>* trace);

}  // namespace marsad
