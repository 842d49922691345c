// Lexicon: TSV sources compiled into one versioned binary image (magic,
// version, sizes, checksum; the magic is written last so a half-written file
// is never loaded), memory-mapped at start, and matched over token-ID
// sequences after clitic splitting.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "text/segmenter.h"

namespace marsad {

enum class EntryKind : uint8_t { None = 0, Actor = 1, Agent = 2, Trigger = 3, Cue = 4, Number = 5 };
enum class ActorSub : uint8_t { None = 0, Country, Capital, Nisba, Org, Person };
enum class TriggerPos : uint8_t { Verb = 1, Noun = 2 };

// Cue kinds (cues.tsv, second column).
enum class Cue : uint8_t {
  None = 0, Speech, Request, Future, Negation, Denial, Hypothetical, Claim, ByAgent, PlaceFeature,
  Direction, Killed, Injured, Arrested, Displaced, Person, Cause, Purpose, Generic, Condemn,
  Question, Past, Count
};
const char* cue_name(Cue c);
Cue cue_from_name(std::string_view s);

// arg2 bits: how a trigger's target is introduced.
enum Arg2 : uint32_t {
  kArgObj = 1, kArgAla = 2, kArgDidd = 4, kArgLi = 8, kArgMin = 16, kArgMaa = 32, kArgBi = 64,
  kArgIla = 128, kArgAn = 256, kArgFi = 512,
};

#pragma pack(push, 1)
struct EntryRec {
  uint8_t kind;   // EntryKind
  uint8_t sub;    // ActorSub | TriggerPos | Cue
  uint8_t type;   // PLOVER type index (1..16) for triggers
  uint8_t flags;  // bit0: entry came from a user lexicon
  uint32_t arg2;
  int32_t value;  // number words: the value; 0 otherwise
  uint32_t mode, cameo, code, name, pattern, file, example;  // offsets into the string pool
  uint32_t line;
};
#pragma pack(pop)

const char* plover_type_name(int idx);  // 1..16, "" otherwise
int plover_type_index(std::string_view name);

struct LexMatch {
  uint32_t tok_begin, tok_end;  // [begin, end) token indices
  uint32_t entry;               // index into entries
  uint8_t pro;                  // proclitics removed from the first token
  uint8_t gap = 0;              // words skipped inside a multiword verb
};

class Lexicon {
 public:
  // Compiles all *.tsv files of the directories (actors_*, agents*, triggers_*,
  // cues*, numbers*) into an image. Problems are appended to *errors as
  // "file:line: message"; compile fails only when nothing usable remains or
  // strict is set and errors occurred.
  static Result<std::shared_ptr<Lexicon>> compile(const std::vector<std::string>& dirs,
                                                  std::vector<std::string>* errors,
                                                  bool user = false);
  // Writes the image; the magic goes in last.
  Status save(const std::string& path) const;
  // Memory-maps a compiled image and checks magic, version, sizes, checksum.
  static Result<std::shared_ptr<Lexicon>> load(const std::string& path);

  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  size_t entry_count() const;
  size_t word_count() const;
  size_t pattern_count() const;
  const EntryRec& entry(uint32_t i) const;
  const char* str(uint32_t off) const;
  uint64_t checksum() const;
  uint32_t version() const;
  // Vocabulary id of a normalized word, or -1.
  int32_t word_id(std::string_view w) const;
  std::string_view word(uint32_t id) const;
  // Pattern i: its word ids and entry (for the reference matcher and checks).
  std::vector<uint32_t> pattern_words(uint32_t i) const;
  uint32_t pattern_entry(uint32_t i) const;

  // Fast matcher: all (start, end, entry) matches in tokens [b, e), via the
  // token trie. Results in order of start token, then length.
  void match(const Segmentation& seg, uint32_t b, uint32_t e, std::vector<LexMatch>* out) const;
  // Reference matcher: tries every pattern at every position. Same result set.
  void match_naive(const Segmentation& seg, uint32_t b, uint32_t e,
                   std::vector<LexMatch>* out) const;

 private:
  Lexicon() = default;
  Status attach();  // sets up section pointers over data_
  struct Impl;
  std::unique_ptr<Impl> impl_;
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// Verb inflection used by the compiler (exposed for tests): "قصف/يقصف" →
// perfect and imperfect forms.
std::vector<std::string> inflect_verb(std::string_view perf, std::string_view impf);

}  // namespace marsad
