#include "coder/pipeline.h"

#include "coder/assembler.h"
#include "io/langid.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace marsad {

Pipeline::Pipeline(std::vector<std::shared_ptr<Lexicon>> lexicons, Ontology onto, PipelineOptions opt,
                   std::shared_ptr<Gazetteer> gazetteer)
    : lex_(std::move(lexicons)), onto_(std::move(onto)), opt_(opt) {
  if (gazetteer) geo_ = std::make_unique<ToponymResolver>(std::move(gazetteer));
}

DocResult Pipeline::code(const Document& doc, std::vector<std::string>* trace) const {
  DocResult res;
  if (doc.text.size() > opt_.max_doc_bytes) {
    res.skipped = true;
    res.skip_reason = "too_large";
    res.message = "document is " + std::to_string(doc.text.size()) + " bytes, over the limit of " +
                  std::to_string(opt_.max_doc_bytes) + " (--max-doc-bytes)";
    return res;
  }
  std::u32string orig;
  size_t bad = 0;
  if (!decode_utf8(doc.text, &orig, &bad)) {
    res.skipped = true;
    res.skip_reason = "bad_utf8";
    res.message = "malformed UTF-8 at byte " + std::to_string(bad);
    return res;
  }
  for (char32_t c : orig)
    if (c == 0) {
      res.skipped = true;
      res.skip_reason = "nul_byte";
      res.message = "text contains a NUL character";
      return res;
    }
  bool blank = true;
  for (char32_t c : orig) blank &= (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0);
  if (blank) {
    res.skipped = true;
    res.skip_reason = "empty_text";
    res.message = "empty text";
    return res;
  }
  if (opt_.check_language) {
    LanguageVerdict v = check_arabic(doc.text, orig);
    if (!v.arabic) {
      res.skipped = true;
      res.skip_reason = "not_arabic";
      res.message = "not Arabic (" + v.detail + ")";
      return res;
    }
  }
  std::optional<CivilDate> pub;
  if (!doc.date.empty()) {
    pub = parse_iso_date(doc.date);
    if (!pub) res.warnings.push_back("unreadable date '" + doc.date + "': relative dates stay unresolved");
  }
  NormalizedText nt = Normalizer::normalize(orig);
  thread_local Segmentation seg;
  segment(nt, &seg);
  res.sentences = seg.sentences.size();
  res.tokens = seg.tokens.size();
  Speaker last;
  SentenceContext ctx;
  ctx.doc = &doc;
  ctx.orig = &orig;
  ctx.seg = &seg;
  ctx.lexicons = &lex_;
  ctx.onto = &onto_;
  ctx.pub = pub;
  ctx.last_speaker = &last;
  GeoContext geo_ctx;
  ctx.geo = geo_.get();
  ctx.geo_ctx = &geo_ctx;
  ctx.places = &res.places;
  ctx.min_specificity = opt_.min_specificity;
  for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
    ctx.sentence_index = s;
    assemble_sentence(ctx, &res.events, trace);
  }
  for (Event& e : res.events) {
    e.doc_id = doc.id;
  }
  return res;
}

}  // namespace marsad
