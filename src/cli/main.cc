// marsad: one binary, subcommands dispatched here.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "coder/pipeline.h"
#include "io/readers.h"
#include "io/writers.h"
#include "lexicon/lexicon.h"
#include "lexicon/lint.h"
#include "geo/gazetteer.h"
#include "eval/eval.h"
#include "cli/cli_common.h"
#include "cli/commands.h"

using namespace marsad;
namespace fs = std::filesystem;

namespace {

}  // namespace
namespace marsad::cli {
const char* kUsage = R"(marsad — Arabic news in, coded events out

usage:
  marsad code INPUT... [options]      code documents (INPUT: .txt, .jsonl, directory, or - for stdin)
  marsad explain "جملة" [--date D]    tokens, clitics, matches and why each event was or was not made
  marsad lexicon compile DIR... -o F  compile TSV lexicons into one binary
  marsad lexicon check [DIR...]       lint lexicons (codes, modes, CAMEO codes, duplicates)
  marsad bench INPUT... [--threads N] throughput: documents/s, sentences/s, MB/s, events/s, peak RSS
  marsad geocode "في قرية X التابعة لقضاء Y"  the resolution of each place expression and why
  marsad geocode --eval tests/data/geocode_cases.tsv [--errors]   accuracy at country, admin1, place level
  marsad eval GOLD.jsonl... [--errors] [--baseline]   detection P/R/F1 and actor accuracy on gold
                                      sentences (gsr format); --errors lists every FP/FN with why
  marsad eval --records GOLD.jsonl --docs DOCS.jsonl  score event records per document
  marsad gazetteer compile -o F [--cities500 F] [--tables DIR]   compile the gazetteer
  marsad gazetteer import FILE... -o F   add GeoNames dumps (allCountries.txt, country files,
                                      admin1CodesASCII.txt, admin2Codes.txt) to the gazetteer
  marsad --version                    version and data credits

options for code/explain/bench:
  --date YYYY-MM-DD    publication date of a plain-text document (relative dates resolve against it)
  --id ID              document id of a plain-text document (default: the file name)
  --source NAME        source of a plain-text document
  --format F           jsonl (default) | table | csv
  --threads N          documents coded in parallel (default: all cores); output keeps input order
  --lexicon DIR        add a user's own TSV lexicon files (repeatable)
  --max-doc-bytes N    skip and report larger documents (default 5 MB)
  --no-langid          do not skip non-Arabic documents
  --gazetteer FILE     a compiled gazetteer (default: build/marsad.gaz)
  --no-gazetteer       do not resolve places (text and span only)
  --min-specificity N  anchors an asserted event needs (default 4; 0 reports every trigger)
  --places             code: write the places each document mentions instead of events
)";

}  // namespace marsad::cli

namespace {
using namespace marsad::cli;

int cmd_code(int argc, char** argv) {
  Settings s;
  parse_args(argc, argv, 2, &s);
  if (s.inputs.empty()) usage_error("code needs an input (a file, a directory, or - for stdin)");
  auto p = make_pipeline(s);
  Totals tot;
  std::string buf;
  if (s.format == "csv") std::fputs(csv_header().c_str(), stdout);
  if (s.format == "table") std::fputs(table_header().c_str(), stdout);
  run_batches(s, *p, &tot, [&](const Document& d, const DocResult& r) {
    buf.clear();
    if (s.places) {
      for (const auto& pm : r.places) write_place_jsonl(pm, d, &buf);
      std::fwrite(buf.data(), 1, buf.size(), stdout);
      return;
    }
    for (const Event& e : r.events) {
      if (s.format == "jsonl") write_event_jsonl(e, d, &buf);
      else if (s.format == "csv") write_event_csv(e, d, &buf);
      else write_event_table(e, d, &buf);
    }
    std::fwrite(buf.data(), 1, buf.size(), stdout);
  });
  std::fflush(stdout);
  print_summary(tot);
  return 0;
}

int cmd_gazetteer(int argc, char** argv) {
  if (argc < 3) usage_error("gazetteer needs compile or import");
  std::string sub = argv[2];
  Settings s;
  parse_args(argc, argv, 3, &s, /*allow_extra=*/true);
  if (s.out.empty()) usage_error("gazetteer " + sub + " needs -o FILE");
  GazetteerInputs in;
  in.tables_dir = s.extra.count("tables") ? s.extra["tables"] : data_dir() + "/gazetteer";
  in.cities500 = s.extra.count("cities500") ? s.extra["cities500"] : default_cities500();
  if (sub == "import") {
    // GeoNames dumps a user downloaded: allCountries.txt or country files, and the admin code tables
    for (const auto& f : s.inputs) {
      std::string base = fs::path(f).filename().string();
      if (base == "admin1CodesASCII.txt") in.admin1_codes = f;
      else if (base == "admin2Codes.txt") in.admin2_codes = f;
      else in.geonames_dumps.push_back(f);
    }
  } else if (sub != "compile") {
    usage_error("gazetteer needs compile or import");
  }
  std::vector<std::string> notes;
  auto r = Gazetteer::compile(in, &notes);
  for (const auto& n : notes) std::fprintf(stderr, "marsad: gazetteer: %s\n", n.c_str());
  if (!r.ok()) {
    std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
    return 1;
  }
  Status st = r.value()->save(s.out);
  if (!st.ok()) {
    std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "marsad: gazetteer with %zu places written to %s (GeoNames data, CC BY 4.0)\n",
               r.value()->size(), s.out.c_str());
  return 0;
}

int cmd_geocode(int argc, char** argv) {
  Settings s;
  parse_args(argc, argv, 2, &s, /*allow_extra=*/true);
  if (s.extra.count("eval")) {
    auto p = make_pipeline(s);
    std::vector<std::string> errs;
    auto r = eval_geocode(*p, s.extra["eval"], s.extra.count("errors") ? &errs : nullptr);
    if (!r.ok()) {
      std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
      return 1;
    }
    for (const auto& e : errs) std::printf("%s\n", e.c_str());
    const GeocodeScores& g = r.value();
    auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::printf("geocode: %d cases, place expression found in %d (%.1f%%)\n", g.cases, g.found, pct(g.found, g.cases));
    std::printf("geocode: country %.1f%% (%d/%d), admin1 %.1f%% (%d/%d), place %.1f%% (%d/%d), precision %.1f%% (%d/%d)\n",
                pct(g.country_hit, g.cases), g.country_hit, g.cases, pct(g.admin1_hit, g.admin1_total), g.admin1_hit,
                g.admin1_total, pct(g.name_hit, g.name_total), g.name_hit, g.name_total,
                pct(g.precision_hit, g.cases), g.precision_hit, g.cases);
    return 0;
  }
  if (s.inputs.empty()) usage_error("geocode needs a place expression, e.g. \"في قرية مزيرير التابعة لقضاء الحويجة\"");
  auto p = make_pipeline(s);
  if (!p->geocoder()) {
    std::fprintf(stderr, "marsad: no gazetteer\n");
    return 1;
  }
  Document d;
  d.id = "geocode";
  for (size_t i = 0; i < s.inputs.size(); ++i) d.text += (i ? " " : "") + s.inputs[i];
  DocResult r = p->code(d);
  if (r.skipped) {
    std::printf("not coded: %s\n", r.message.c_str());
    return 0;
  }
  if (r.places.empty()) std::printf("no place expression found\n");
  for (const auto& pm : r.places) {
    const LocationRef& l = pm.loc;
    std::printf("%s\n  → %s%s%s | geonameid %s | %s | %s / %s | %.4f, %.4f | precision %s\n  why: %s\n",
                l.text.c_str(), l.name.empty() ? "(unresolved)" : l.name.c_str(), l.name_ar.empty() ? "" : " ",
                l.name_ar.c_str(), l.geonameid ? std::to_string(*l.geonameid).c_str() : "-", l.feature.c_str(),
                l.admin1.c_str(), l.admin2.c_str(), l.lat.value_or(0), l.lon.value_or(0), l.precision.c_str(),
                pm.why.c_str());
  }
  return 0;
}

int cmd_eval(int argc, char** argv) {
  Settings s;
  parse_args(argc, argv, 2, &s, /*allow_extra=*/true);
  bool errors = s.extra.count("errors") > 0;
  bool baseline = s.extra.count("baseline") > 0;
  if (s.extra.count("records")) {
    // event-record gold: --records GOLD.jsonl --docs DOCS.jsonl
    if (!s.extra.count("docs")) usage_error("eval --records GOLD needs --docs DOCS.jsonl");
    auto p = make_pipeline(s);
    auto r = eval_records(*p, s.extra["records"], s.extra["docs"]);
    if (!r.ok()) {
      std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
      return 1;
    }
    const RecordScores& x = r.value();
    double prec = x.predicted ? double(x.matched) / x.predicted : 0, rec = x.gold ? double(x.matched) / x.gold : 0;
    double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
    auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::printf("records: gold %d, produced %d (asserted), matched %d: P=%.3f R=%.3f F1=%.3f\n", x.gold, x.predicted,
                x.matched, prec, rec, f1);
    std::printf("on matched events: actor1 code %.1f%%, actor2 code %.1f%%, date %.1f%%, place %.1f%% (%d), counts %.1f%% (%d)\n",
                pct(x.actor1_hit, x.matched), pct(x.actor2_hit, x.matched), pct(x.date_hit, x.matched),
                pct(x.place_hit, x.place_total), x.place_total, pct(x.count_hit, x.count_total), x.count_total);
    return 0;
  }
  if (s.inputs.empty()) usage_error("eval needs gold files (gsr format), or --records GOLD --docs DOCS");
  auto p = make_pipeline(s);
  // the keyword baseline: every trigger word of the type, whatever its context
  Settings sk = s;
  sk.min_specificity = 0;
  auto pk = baseline ? make_pipeline(sk) : nullptr;
  std::printf("%-10s %-12s %5s %5s %5s %5s %6s %6s %6s %7s %7s\n", "type", "system", "TP", "FP", "FN", "skip", "P", "R",
              "F1", "src", "tgt");
  double sum_f1 = 0;
  int n = 0;
  for (const auto& f : s.inputs) {
    for (int pass = 0; pass < (baseline ? 2 : 1); ++pass) {
      EvalOptions opt;
      opt.keyword_baseline = pass == 1;
      opt.collect_errors = errors && pass == 0;
      opt.threads = s.threads;
      std::vector<EvalError> errs;
      auto r = eval_detection(pass ? *pk : *p, f, opt, &errs);
      if (!r.ok()) {
        std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
        return 1;
      }
      const DetectionScores& d = r.value();
      std::printf("%-10s %-12s %5d %5d %5d %5d %6.3f %6.3f %6.3f %7.3f %7.3f\n", d.type.c_str(),
                  pass ? "keyword" : "marsad", d.tp, d.fp, d.fn, d.skipped, d.precision(), d.recall(), d.f1(),
                  d.src_acc(), d.tgt_acc());
      if (pass == 0) {
        sum_f1 += d.f1();
        ++n;
        std::string conf;
        for (const auto& [t, c] : d.predicted_types_on_positives) conf += " " + t + ":" + std::to_string(c);
        std::printf("  types produced on %s 'yes' sentences:%s\n", d.type.c_str(), conf.c_str());
        conf.clear();
        for (const auto& [t, c] : d.predicted_types_on_negatives) conf += " " + t + ":" + std::to_string(c);
        std::printf("  types produced on %s 'no' sentences:%s\n", d.type.c_str(), conf.c_str());
      }
      for (const auto& e : errs) {
        std::printf("\n%s %s: %s\n  produced: %s\n", e.kind.c_str(), e.id.c_str(), e.text.c_str(), e.produced.c_str());
        for (const auto& t : e.trace)
          if (t.rfind("  event", 0) == 0 || t.rfind("  skip", 0) == 0 || t.rfind("  not an event", 0) == 0)
            std::printf("  %s\n", t.c_str() + 2);
      }
    }
  }
  if (n > 1) std::printf("mean F1 %.3f\n", sum_f1 / n);
  return 0;
}

int cmd_explain(int argc, char** argv) {
  Settings s;
  parse_args(argc, argv, 2, &s);
  if (s.inputs.empty()) usage_error("explain needs a sentence");
  auto p = make_pipeline(s);
  Document d;
  d.id = s.id.empty() ? "explain" : s.id;
  d.date = s.date;
  for (size_t i = 0; i < s.inputs.size(); ++i) d.text += (i ? " " : "") + s.inputs[i];
  std::vector<std::string> trace;
  DocResult r = p->code(d, &trace);
  if (r.skipped) {
    std::printf("not coded: %s\n", r.message.c_str());
    return 0;
  }
  for (const auto& l : trace) std::printf("%s\n", l.c_str());
  std::printf("%zu event(s)\n", r.events.size());
  std::string buf;
  for (const Event& e : r.events) write_event_jsonl(e, d, &buf);
  std::fputs(buf.c_str(), stdout);
  return 0;
}

int cmd_lexicon(int argc, char** argv) {
  if (argc < 3) usage_error("lexicon needs compile or check");
  std::string sub = argv[2];
  Settings s;
  parse_args(argc, argv, 3, &s);
  if (s.inputs.empty()) s.inputs.push_back(data_dir() + "/lexicon");
  std::vector<std::string> errs;
  auto r = Lexicon::compile(s.inputs, &errs);
  for (auto& e : errs) std::fprintf(stderr, "marsad: %s\n", e.c_str());
  if (!r.ok()) {
    std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
    return 1;
  }
  if (sub == "compile") {
    if (s.out.empty()) usage_error("lexicon compile needs -o FILE");
    Status st = r.value()->save(s.out);
    if (!st.ok()) {
      std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
      return 1;
    }
    std::fprintf(stderr, "marsad: compiled %zu entries, %zu patterns, %zu words into %s\n", r.value()->entry_count(),
                 r.value()->pattern_count(), r.value()->word_count(), s.out.c_str());
    return errs.empty() ? 0 : 1;
  }
  if (sub == "check") {
    auto onto = Ontology::load(data_dir() + "/ontology");
    if (!onto.ok()) {
      std::fprintf(stderr, "marsad: %s\n", onto.status().message().c_str());
      return 1;
    }
    LintReport rep = lint_lexicon(*r.value(), onto.value());
    for (auto& w : rep.warnings) std::printf("warning: %s\n", w.c_str());
    for (auto& e : rep.errors) std::printf("error: %s\n", e.c_str());
    std::printf("lexicon check: %zu entries, %zu patterns; %zu errors, %zu warnings, %zu rows rejected\n",
                r.value()->entry_count(), r.value()->pattern_count(), rep.errors.size(), rep.warnings.size(),
                errs.size());
    return rep.errors.empty() && errs.empty() ? 0 : 1;
  }
  usage_error("lexicon needs compile or check");
}

long peak_rss_kb() {
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

int cmd_bench(int argc, char** argv, std::chrono::steady_clock::time_point t0) {
  Settings s;
  parse_args(argc, argv, 2, &s);
  if (s.inputs.empty()) usage_error("bench needs an input");
  auto p = make_pipeline(s);
  auto t1 = std::chrono::steady_clock::now();
  Totals tot;
  std::string buf;
  size_t out_bytes = 0;
  run_batches(s, *p, &tot, [&](const Document& d, const DocResult& r) {
    buf.clear();
    for (const Event& e : r.events) write_event_jsonl(e, d, &buf);
    out_bytes += buf.size();
  });
  auto t2 = std::chrono::steady_clock::now();
  double startup = std::chrono::duration<double>(t1 - t0).count();
  double secs = std::chrono::duration<double>(t2 - t1).count();
  int threads = s.threads > 0 ? s.threads : std::max(1u, std::thread::hardware_concurrency());
  std::printf("bench: %zu documents (%zu coded), %zu sentences, %.1f MB, %zu events, threads %d\n", tot.docs,
              tot.coded, tot.sentences, tot.bytes / 1e6, tot.events, threads);
  std::printf("bench: %.2f s  %.0f documents/s  %.0f sentences/s  %.2f MB/s  %.0f events/s\n", secs,
              tot.docs / secs, tot.sentences / secs, tot.bytes / 1e6 / secs, tot.events / secs);
  std::printf("bench: start-up %.1f ms, peak RSS %.1f MB, JSONL written %.1f MB\n", startup * 1000,
              peak_rss_kb() / 1024.0, out_bytes / 1e6);
  print_summary(tot);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  auto t0 = std::chrono::steady_clock::now();
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string cmd = argv[1];
  try {
    if (cmd == "--version" || cmd == "version") {
      std::printf(
          "marsad %s\n"
          "Lexicons and gazetteer tables: written by the marsad developers (data/).\n"
          "CAMEO event codes and Goldstein values: CAMEO 1.1b3 codebook (Schrodt et al.), GDELT's Goldstein table.\n"
          "PLOVER event types and modes: the PLOVER codebook (openeventdata).\n"
          "Place data: GeoNames (https://www.geonames.org), CC BY 4.0.\n",
          MARSAD_VERSION);
      return 0;
    }
    if (cmd == "help" || cmd == "--help" || cmd == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (cmd == "code") return cmd_code(argc, argv);
    if (cmd == "explain") return cmd_explain(argc, argv);
    if (cmd == "lexicon") return cmd_lexicon(argc, argv);
    if (cmd == "bench") return cmd_bench(argc, argv, t0);
    if (cmd == "gazetteer") return cmd_gazetteer(argc, argv);
    if (cmd == "geocode") return cmd_geocode(argc, argv);
    if (cmd == "eval") return cmd_eval(argc, argv);
    if (cmd == "ingest") return cmd_ingest(argc, argv);
    if (cmd == "query") return cmd_query(argc, argv);
    if (cmd == "export") return cmd_export(argc, argv);
    if (cmd == "serve") return cmd_serve(argc, argv);
    usage_error("unknown command " + cmd);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "marsad: error: %s\n", e.what());
    return 1;
  }
}
