// A user's search text → a safe FTS5 MATCH expression: each word becomes a
// quoted string (so no FTS5 syntax error can come from user text); OR, AND,
// NOT in capitals stay operators; a word ending in * is a prefix query.
// Words are ANDed. Returns "" when nothing is left to search for.
#pragma once
#include <string>

namespace marsad {

inline std::string fts_match_expression(const std::string& q) {
  std::string out, word;
  bool last_op = true;  // no operator at the start
  auto flush = [&] {
    if (word.empty()) return;
    if ((word == "OR" || word == "AND" || word == "NOT")) {
      if (!last_op) {
        out += " " + word;
        last_op = true;
      }
      word.clear();
      return;
    }
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.pop_back();
    std::string quoted = "\"";
    for (char c : word) {
      if (c == '"') quoted += "\"\"";
      else quoted.push_back(c);
    }
    quoted += "\"";
    if (prefix) quoted += "*";
    if (!out.empty()) out += " ";
    out += quoted;
    last_op = false;
    word.clear();
  };
  for (char c : q) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else word.push_back(c);
  }
  flush();
  // a dangling operator at the end
  while (last_op && !out.empty()) {
    size_t sp = out.rfind(' ');
    if (sp == std::string::npos) { out.clear(); break; }
    out.erase(sp);
    last_op = false;
  }
  return out;
}

}  // namespace marsad
