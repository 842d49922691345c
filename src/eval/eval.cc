#include "eval/eval.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "io/readers.h"

namespace marsad {

namespace {
using json = nlohmann::json;

std::string jstr(const json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

int field_hits(const json& gold, const ActorRef& a, int* total) {
  int h = 0;
  for (const char* k : {"country", "role"}) {
    std::string g = jstr(gold, k);
    if (g.empty()) continue;
    ++*total;
    if (a.present && (std::string(k) == "country" ? a.country : a.role) == g) ++h;
  }
  return h;
}

std::string describe(const Event& e) {
  return e.type + (e.mode.empty() ? "" : "/" + e.mode) + " " + e.modality + (e.negated ? " negated" : "") + " [" +
         (e.actor1.present ? e.actor1.code + " " + e.actor1.text : "-") + " → " +
         (e.actor2.present ? e.actor2.code + " " + e.actor2.text : "-") + "] trigger " + e.trigger_text;
}
}  // namespace

Result<DetectionScores> eval_detection(const Pipeline& p, const std::string& path, const EvalOptions& opt,
                                       std::vector<EvalError>* errors) {
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read " + path);
  struct Row {
    Document doc;
    std::string type, label;
    json gold;
  };
  std::vector<Row> rows;
  std::string line;
  size_t ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return Status::Error(path + ":" + std::to_string(ln) + ": not a JSON object");
    Row r;
    r.doc.id = jstr(j, "id");
    r.doc.text = jstr(j, "text");
    r.doc.date = jstr(j, "date");
    r.type = jstr(j, "type");
    r.label = jstr(j, "label");
    if (r.doc.id.empty() || r.type.empty() || r.label.empty())
      return Status::Error(path + ":" + std::to_string(ln) + ": needs id, text, type and label");
    if (j.contains("gold") && j["gold"].is_object()) r.gold = j["gold"];
    rows.push_back(std::move(r));
  }
  std::vector<DocResult> res(rows.size());
  std::vector<std::vector<std::string>> traces(opt.collect_errors ? rows.size() : 0);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < rows.size();)
      res[i] = p.code(rows[i].doc, opt.collect_errors ? &traces[i] : nullptr);
  };
  int threads = opt.threads > 0 ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();

  DetectionScores sc;
  sc.type = rows.empty() ? "" : rows[0].type;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    if (r.label == "ambiguous") {
      ++sc.skipped;
      continue;
    }
    bool pos = r.label == "yes";
    std::vector<const Event*> evs;
    std::set<std::string> types;
    for (const Event& e : res[i].events) {
      bool counted = opt.keyword_baseline || (e.modality == "asserted" && !e.negated);
      if (!counted) continue;
      types.insert(e.type);
      if (e.type == r.type) evs.push_back(&e);
    }
    for (const auto& t : types) (pos ? sc.predicted_types_on_positives : sc.predicted_types_on_negatives)[t]++;
    if (types.empty()) (pos ? sc.predicted_types_on_positives : sc.predicted_types_on_negatives)["(none)"]++;
    bool det = !evs.empty();
    if (det && pos) ++sc.tp;
    else if (det) ++sc.fp;
    else if (pos) ++sc.fn;
    else ++sc.tn;
    if (det && pos && r.gold.is_object()) {
      const json& gs = r.gold.contains("source") ? r.gold["source"] : json::object();
      const json& gt = r.gold.contains("target") ? r.gold["target"] : json::object();
      const Event* best = nullptr;
      int bh = -1;
      for (const Event* e : evs) {
        int t1 = 0, t2 = 0;
        int h = field_hits(gs, e->actor1, &t1) + field_hits(gt, e->actor2, &t2);
        if (h > bh) {
          bh = h;
          best = e;
        }
      }
      sc.src_hit += field_hits(gs, best->actor1, &sc.src_total);
      sc.tgt_hit += field_hits(gt, best->actor2, &sc.tgt_total);
    }
    if (errors && opt.collect_errors && det != pos) {
      EvalError er;
      er.id = r.doc.id;
      er.kind = det ? "false positive" : "false negative";
      er.text = r.doc.text;
      for (const Event& e : res[i].events) er.produced += (er.produced.empty() ? "" : "; ") + describe(e);
      if (er.produced.empty()) er.produced = "(no events)";
      er.trace = traces[i];
      errors->push_back(std::move(er));
    }
  }
  return sc;
}

Result<RecordScores> eval_records(const Pipeline& p, const std::string& gold_path, const std::string& docs_path) {
  std::map<std::string, Document> docs;
  {
    DocumentReader rd({docs_path}, TextDefaults{});
    Document d;
    std::vector<ReadIssue> issues;
    while (rd.next(&d, &issues)) docs[d.id] = d;
    if (!issues.empty()) return Status::Error(issues[0].origin + ": " + issues[0].message);
  }
  std::map<std::string, std::vector<json>> gold;
  std::ifstream in(gold_path);
  if (!in) return Status::Error("cannot read " + gold_path);
  std::string line;
  size_t ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || jstr(j, "doc_id").empty() || jstr(j, "type").empty())
      return Status::Error(gold_path + ":" + std::to_string(ln) + ": needs a JSON object with doc_id and type");
    gold[jstr(j, "doc_id")].push_back(j);
  }
  RecordScores rs;
  auto code = [](const json& j, const char* k) -> std::string {
    if (!j.contains(k) || !j[k].is_object()) return "";
    return jstr(j[k], "code");
  };
  for (auto& [id, gevs] : gold) {
    auto it = docs.find(id);
    if (it == docs.end()) return Status::Error("gold document " + id + " is not in " + docs_path);
    DocResult r = p.code(it->second);
    std::vector<const Event*> pred;
    for (const Event& e : r.events)
      if (e.modality == "asserted" && !e.negated) pred.push_back(&e);
    rs.gold += static_cast<int>(gevs.size());
    rs.predicted += static_cast<int>(pred.size());
    std::vector<bool> used(pred.size(), false);
    for (const json& g : gevs) {
      int best = -1, bs = -1;
      for (size_t k = 0; k < pred.size(); ++k) {
        if (used[k] || pred[k]->type != jstr(g, "type")) continue;
        int s = (pred[k]->actor1.code == code(g, "actor1")) + (pred[k]->actor2.code == code(g, "actor2"));
        if (g.contains("date") && g["date"].is_object() && pred[k]->date.start == jstr(g["date"], "start")) ++s;
        if (s > bs) {
          bs = s;
          best = static_cast<int>(k);
        }
      }
      if (best < 0) continue;
      used[best] = true;
      const Event& e = *pred[best];
      ++rs.matched;
      rs.actor1_hit += e.actor1.code == code(g, "actor1");
      rs.actor2_hit += e.actor2.code == code(g, "actor2");
      if (g.contains("date") && g["date"].is_object()) rs.date_hit += e.date.start == jstr(g["date"], "start");
      if (g.contains("location") && g["location"].is_object()) {
        ++rs.place_total;
        std::string a1 = jstr(g["location"], "admin1"), cc = jstr(g["location"], "country");
        rs.place_hit += (a1.empty() || e.location.admin1 == a1) && (cc.empty() || e.location.country == cc);
      }
      for (const char* k : {"fatalities", "injured", "arrested"}) {
        if (!g.contains(k) || g[k].is_null()) continue;
        ++rs.count_total;
        std::optional<int64_t> v = std::string(k) == "fatalities" ? e.fatalities
                                   : std::string(k) == "injured"  ? e.injured
                                                                  : e.arrested;
        rs.count_hit += v && g[k].is_number() && *v == g[k].get<int64_t>();
      }
    }
  }
  return rs;
}

Result<GeocodeScores> eval_geocode(const Pipeline& p, const std::string& path, std::vector<std::string>* errors) {
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read " + path);
  GeocodeScores sc;
  std::string line;
  size_t ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> c;
    size_t b = 0;
    for (size_t i = 0; i <= line.size(); ++i)
      if (i == line.size() || line[i] == '\t') {
        c.push_back(line.substr(b, i - b));
        b = i + 1;
      }
    if (c.size() < 5) return Status::Error(path + ":" + std::to_string(ln) + ": expected 5 or 6 columns");
    ++sc.cases;
    Document d;
    d.id = "case" + std::to_string(ln);
    d.text = c[0];
    DocResult r = p.code(d);
    const PlaceMention* pm = nullptr;
    for (const auto& m : r.places)
      if (!pm || (!m.loc.country.empty() && pm->loc.country.empty())) pm = &m;  // the first resolved one
    bool cty = false, a1 = true, nm = true, pr = false;
    if (pm) {
      ++sc.found;
      const LocationRef& l = pm->loc;
      cty = l.country == c[1];
      if (c[2] != "-") {
        ++sc.admin1_total;
        a1 = l.admin1 == c[2];
        sc.admin1_hit += a1;
      }
      if (c[3] != "-") {
        ++sc.name_total;
        nm = l.name == c[3];
        sc.name_hit += nm;
      }
      pr = l.precision == c[4];
      sc.country_hit += cty;
      sc.precision_hit += pr;
    } else {
      if (c[2] != "-") ++sc.admin1_total;
      if (c[3] != "-") ++sc.name_total;
    }
    if (errors && (!pm || !cty || !a1 || !nm || !pr)) {
      std::string got = pm ? pm->loc.name + " | " + pm->loc.country + " | " + pm->loc.admin1 + " | " +
                                 pm->loc.precision + " (" + pm->why + ")"
                           : "(no place found)";
      errors->push_back(path + ":" + std::to_string(ln) + ": " + c[0] + "\n  expected " + c[3] + " | " + c[1] +
                        " | " + c[2] + " | " + c[4] + "\n  got      " + got);
    }
  }
  return sc;
}

}  // namespace marsad
