#include "lexicon/lint.h"

#include <algorithm>
#include <map>
#include <set>

namespace marsad {

namespace {
std::string where(const Lexicon& lx, const EntryRec& r) {
  return std::string(lx.str(r.file)) + ":" + std::to_string(r.line);
}
}  // namespace

LintReport lint_lexicon(const Lexicon& lx, const Ontology& onto) {
  LintReport rep;
  static const std::set<std::string> kGroups = {"IGO", "IMG", "NGO", "MNC", "INT", "UNO", "NGM"};
  static const std::set<std::string> kRoles = {"GOV", "MIL", "COP", "REB", "INS", "UAF", "CVL", "OPP", "PTY", "JUD",
                                               "LEG", "MED", "EDU", "REL", "BUS", "HLH", "SPY", "REF", "LAB", "ELI",
                                               "CRM", "AGR", "ENV", "HRI", "DEV", "MOD", "RAD", "SEP"};
  std::set<std::string> countries = kGroups;
  for (uint32_t i = 0; i < lx.entry_count(); ++i) {
    const EntryRec& r = lx.entry(i);
    if (r.kind == static_cast<uint8_t>(EntryKind::Actor) && r.sub == static_cast<uint8_t>(ActorSub::Country))
      countries.insert(std::string(lx.str(r.code)).substr(0, 3));
  }
  for (uint32_t i = 0; i < lx.entry_count(); ++i) {
    const EntryRec& r = lx.entry(i);
    auto kind = static_cast<EntryKind>(r.kind);
    if (kind == EntryKind::Trigger) {
      std::string type = plover_type_name(r.type);
      if (!onto.mode_ok(type, lx.str(r.mode)))
        rep.errors.push_back(where(lx, r) + ": mode '" + lx.str(r.mode) + "' is not a PLOVER mode of " + type);
      if (!onto.cameo(lx.str(r.cameo)))
        rep.errors.push_back(where(lx, r) + ": CAMEO code " + lx.str(r.cameo) + " does not exist");
      if (std::string(lx.str(r.example)).empty())
        rep.errors.push_back(where(lx, r) + ": trigger row without an example sentence");
    } else if (kind == EntryKind::Actor || kind == EntryKind::Agent) {
      std::string code = lx.str(r.code);
      std::string first = code.substr(0, 3);
      if (kind == EntryKind::Agent) {
        for (size_t k = 0; k + 3 <= code.size(); k += 3)
          if (!kRoles.count(code.substr(k, 3)))
            rep.errors.push_back(where(lx, r) + ": agent code " + code + " has a chunk that is not a role");
      } else if (!countries.count(first) && !kRoles.count(first)) {
        rep.errors.push_back(where(lx, r) + ": code " + code + " starts with '" + first +
                             "', not a known country or group code");
      }
    }
  }
  // duplicates and conflicts: the same word sequence in two entries of a kind
  std::map<std::pair<int, std::vector<uint32_t>>, std::vector<uint32_t>> seen;
  for (uint32_t p = 0; p < lx.pattern_count(); ++p) {
    uint32_t e = lx.pattern_entry(p);
    int kind = lx.entry(e).kind;
    if (kind == static_cast<int>(EntryKind::Agent)) kind = static_cast<int>(EntryKind::Actor);
    auto& v = seen[{kind, lx.pattern_words(p)}];
    if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
  }
  for (const auto& [key, entries] : seen) {
    if (entries.size() < 2) continue;
    std::string words;
    for (uint32_t w : key.second) words += (words.empty() ? "" : " ") + std::string(lx.word(w));
    const EntryRec& a = lx.entry(entries[0]);
    for (size_t i = 1; i < entries.size(); ++i) {
      const EntryRec& b = lx.entry(entries[i]);
      bool same = std::string(lx.str(a.code)) == lx.str(b.code) && a.type == b.type && a.sub == b.sub &&
                  std::string(lx.str(a.cameo)) == lx.str(b.cameo);
      // the same spelling as a verb and as its verbal noun (قصف V, قصف N) is
      // expected when both code the same event
      if (key.first == static_cast<int>(EntryKind::Trigger) && a.sub != b.sub && a.type == b.type) continue;
      std::string msg = "'" + words + "' in " + where(lx, a) + " and " + where(lx, b);
      if (key.first == static_cast<int>(EntryKind::Cue) || key.first == static_cast<int>(EntryKind::Number))
        continue;  // cues may legitimately share forms (لن: future and negation)
      if (same) rep.warnings.push_back("duplicate " + msg);
      else rep.warnings.push_back("conflict " + msg);
    }
  }
  return rep;
}

}  // namespace marsad
