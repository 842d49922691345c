// The SQLite store: schema, idempotent ingest, replacement, FTS with our own
// tokenizer, filters (bbox, dates, actors), exports, and the HTML/RSS readers.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "io/html_reader.h"
#include "io/writers.h"
#include "io/rss_reader.h"
#include "store/export.h"
#include "store/fts_tokenizer.h"
#include "store/ingest_reader.h"
#include "store/query_text.h"
#include "store/store.h"

namespace marsad {
namespace {
namespace fs = std::filesystem;

std::string tmp_path(const std::string& name) {
  static std::string dir = [] {
    std::string d = (fs::temp_directory_path() / ("marsad_store_test_" + std::to_string(getpid()))).string();
    fs::create_directories(d);
    return d;
  }();
  return dir + "/" + name;
}

Document doc(const std::string& id, const std::string& text, const std::string& date = "2024-03-10") {
  Document d;
  d.id = id;
  d.text = text;
  d.date = date;
  d.title = "عنوان " + id;
  d.source = "test";
  return d;
}

Event ev(const std::string& doc_id, int n, const std::string& type, const std::string& date,
         std::optional<std::pair<double, double>> lonlat = std::nullopt) {
  Event e;
  e.doc_id = doc_id;
  e.event_id = doc_id + ":s1:e" + std::to_string(n);
  e.type = type;
  e.cameo = type == "ASSAULT" ? "190" : type == "PROTEST" ? "141" : "040";
  if (type == "ASSAULT") {
    e.acled_type = "Violence against civilians";
    e.acled_sub = "Attack";
    e.quad_class = 4;
    e.goldstein = -10;
  }
  e.date.start = e.date.end = date;
  e.date.precision = "day";
  e.actor1.present = true;
  e.actor1.text = "الجيش العراقي";
  e.actor1.name = "Iraqi army";
  e.actor1.code = "IRQMIL";
  e.actor1.country = "IRQ";
  e.actor1.role = "MIL";
  if (lonlat) {
    e.location.present = true;
    e.location.text = "بغداد";
    e.location.name = "Baghdad";
    e.location.country = "IQ";
    e.location.admin1 = "Baghdad";
    e.location.precision = "place";
    e.location.geonameid = 98182;
    e.location.lon = lonlat->first;
    e.location.lat = lonlat->second;
  }
  e.fatalities = 3;
  e.injured = 5;
  e.trigger_text = "قصف";
  e.sentence = "قصف الجيش العراقي مواقع في بغداد.";
  e.confidence = 0.8;
  return e;
}

DocResult res(std::vector<Event> evs) {
  DocResult r;
  r.events = std::move(evs);
  return r;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = tmp_path(std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".db");
    for (const char* suf : {"", "-wal", "-shm"}) fs::remove(path_ + suf);
    auto r = Store::open(path_);
    ASSERT_TRUE(r.ok()) << r.status().message();
    st_ = std::move(r.value());
  }
  // Baghdad, Damascus, Cairo; three dates
  void fill() {
    ASSERT_TRUE(st_->put(doc("d1", "قصف الجيش العراقي مواقع في وبغداد أمس."),
                         res({ev("d1", 1, "ASSAULT", "2024-03-09", {{44.36, 33.31}}),
                              ev("d1", 2, "PROTEST", "2024-03-10")}))
                    .ok());
    Event dam = ev("d2", 1, "ASSAULT", "2024-04-02", {{36.29, 33.51}});
    dam.actor1.code = "SYRMIL";
    dam.actor1.country = "SYR";
    dam.location.country = "SY";
    dam.location.admin1 = "Damascus";
    dam.location.name = "Damascus";
    ASSERT_TRUE(st_->put(doc("d2", "تظاهر ١٢ ألفا في دِمَشق."), res({dam})).ok());
    Event cai = ev("d3", 1, "CONSULT", "2024-05-20", {{31.24, 30.04}});
    cai.actor1.present = false;
    cai.location.country = "EG";
    cai.location.admin1 = "Cairo";
    cai.location.name = "Cairo";
    ASSERT_TRUE(st_->put(doc("d3", "التقى الوزير نظيره في القاهرة بشأن بَغداد."), res({cai})).ok());
  }
  std::set<std::string> ids(const EventQuery& q) {
    int64_t total = -1;
    auto r = st_->query(q, &total);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::set<std::string> out;
    if (!r.ok()) return out;
    for (auto& e : r.value()) out.insert(e.event_id);
    EXPECT_EQ(total, static_cast<int64_t>(out.size()));
    return out;
  }
  std::string path_;
  std::unique_ptr<Store> st_;
};

TEST(FtsTokenizer, EmitsNormalizedFormsAndColocatedStems) {
  auto toks = fts_tokenize("وبغداد", false);
  ASSERT_FALSE(toks.empty());
  EXPECT_EQ(toks[0].term, "وبغداد");
  EXPECT_FALSE(toks[0].colocated);
  bool stem = false;
  for (auto& t : toks) stem |= t.term == "بغداد" && t.colocated;
  EXPECT_TRUE(stem) << "وبغداد must also index بغداد";
  auto v = fts_tokenize("بَغداد", false);
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].term, "بغداد");
  EXPECT_EQ(v[0].start, 0);
  EXPECT_EQ(v[0].end, static_cast<int>(std::string("بَغداد").size()));  // byte offsets of the original
  auto d = fts_tokenize("١٢", true);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].term, "12");
  for (auto& t : fts_tokenize("وبغداد والقاهرة", true)) EXPECT_FALSE(t.colocated) << "queries: surface forms only";
}

TEST(FtsTokenizer, MatchExpressionIsQuoted) {
  EXPECT_EQ(fts_match_expression("بغداد"), "\"بغداد\"");
  EXPECT_EQ(fts_match_expression("a\"b OR c*"), "\"a\"\"b\" OR \"c\"*");
  EXPECT_EQ(fts_match_expression("OR"), "");
  EXPECT_EQ(fts_match_expression("x AND"), "\"x\"");
}

TEST_F(StoreTest, SchemaVersionAndWal) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(s, 0), Store::kSchemaVersion);
  sqlite3_finalize(s);
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
}

TEST_F(StoreTest, PutIsIdempotentAndReplacesChangedDocuments) {
  Document d = doc("a", "قصف الجيش مواقع في الموصل.");
  auto r1 = st_->put(d, res({ev("a", 1, "ASSAULT", "2024-03-09"), ev("a", 2, "PROTEST", "2024-03-09")}));
  ASSERT_TRUE(r1.ok());
  EXPECT_EQ(r1.value().kind, IngestOutcome::Added);
  EXPECT_EQ(r1.value().events, 2u);
  auto r2 = st_->put(d, res({ev("a", 1, "ASSAULT", "2024-03-09"), ev("a", 2, "PROTEST", "2024-03-09")}));
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2.value().kind, IngestOutcome::Unchanged);
  EXPECT_EQ(st_->count_documents().value(), 1);
  EXPECT_EQ(st_->count_events().value(), 2);
  ASSERT_TRUE(st_->document_hash("a").value().has_value());
  EXPECT_EQ(*st_->document_hash("a").value(), Store::content_hash(d));

  Document d2 = doc("a", "تظاهر المئات في البصرة.");
  auto r3 = st_->put(d2, res({ev("a", 1, "PROTEST", "2024-03-11")}));
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r3.value().kind, IngestOutcome::Replaced);
  EXPECT_EQ(st_->count_documents().value(), 1);
  EXPECT_EQ(st_->count_events().value(), 1);
  auto sd = st_->document("a");
  ASSERT_TRUE(sd.ok() && sd.value());
  EXPECT_EQ(sd.value()->text, d2.text);
  ASSERT_EQ(sd.value()->events.size(), 1u);
  EXPECT_NE(sd.value()->events[0].json.find("\"type\": \"PROTEST\""), std::string::npos);
  // the full-text index follows the replacement
  EXPECT_EQ(st_->search("الموصل", 10, 0).value().size(), 0u);
  EXPECT_EQ(st_->search("البصرة", 10, 0).value().size(), 1u);
}

TEST_F(StoreTest, StoredJsonIsTheCodeRecord) {
  Document d = doc("j", "نص");
  Event e = ev("j", 1, "ASSAULT", "2024-03-09", {{44.36, 33.31}});
  ASSERT_TRUE(st_->put(d, res({e})).ok());
  std::string expect;
  write_event_jsonl(e, d, &expect);
  expect.pop_back();
  auto got = st_->event("j:s1:e1");
  ASSERT_TRUE(got.ok() && got.value());
  EXPECT_EQ(got.value()->json, expect);
  EXPECT_FALSE(st_->event("nope").value().has_value());
}

TEST_F(StoreTest, UncommittedBatchIsRolledBackOnClose) {
  ASSERT_TRUE(st_->begin().ok());
  ASSERT_TRUE(st_->put(doc("x", "نص أول"), res({ev("x", 1, "ASSAULT", "2024-01-01")})).ok());
  st_.reset();  // a crash before commit
  auto r = Store::open(path_);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value()->count_documents().value(), 0);
  ASSERT_TRUE(r.value()->begin().ok());
  ASSERT_TRUE(r.value()->put(doc("x", "نص أول"), res({ev("x", 1, "ASSAULT", "2024-01-01")})).ok());
  ASSERT_TRUE(r.value()->commit().ok());
  r.value().reset();
  auto r2 = Store::open(path_, true);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2.value()->count_documents().value(), 1);
  EXPECT_FALSE(r2.value()->put(doc("y", "ن"), res({})).ok()) << "read-only store must refuse writes";
}

TEST_F(StoreTest, FullTextFindsVowelledCliticAndDigitForms) {
  fill();
  auto hits = st_->search("بغداد", 10, 0);
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  std::set<std::string> got;
  for (auto& h : hits.value()) got.insert(nlohmann::json::parse(h)["id"].get<std::string>());
  EXPECT_EQ(got, (std::set<std::string>{"d1", "d3"})) << "وبغداد (clitic) and بَغداد (vowelled)";
  auto dig = st_->search("١٢", 10, 0);
  ASSERT_EQ(dig.value().size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(dig.value()[0])["id"], "d2");
  auto dig2 = st_->search("12", 10, 0);
  ASSERT_EQ(dig2.value().size(), 1u);
  auto vow = st_->search("دمشق", 10, 0);  // the text has دِمَشق
  ASSERT_EQ(vow.value().size(), 1u);
  EXPECT_NE(nlohmann::json::parse(vow.value()[0])["snippet"].get<std::string>().find("[دِمَشق"), std::string::npos);
  // a vowelled query finds the plain text too
  EXPECT_EQ(st_->search("القاهِرة", 10, 0).value().size(), 1u);
  EXPECT_EQ(st_->search("طرابلس", 10, 0).value().size(), 0u);
  // FTS syntax in user text is not an error
  EXPECT_TRUE(st_->search("\"بغداد AND (", 10, 0).ok());
  EventQuery q;
  q.q = "بغداد";
  EXPECT_EQ(ids(q), (std::set<std::string>{"d1:s1:e1", "d1:s1:e2", "d3:s1:e1"}));
}

TEST_F(StoreTest, FiltersBboxDatesActorsCountry) {
  fill();
  EventQuery q;
  q.bbox = std::array<double, 4>{43.0, 32.0, 46.0, 35.0};  // around Baghdad
  EXPECT_EQ(ids(q), (std::set<std::string>{"d1:s1:e1"}));
  q.bbox = std::array<double, 4>{30.0, 29.0, 45.0, 34.0};  // Cairo to Baghdad
  EXPECT_EQ(ids(q).size(), 3u);
  q = EventQuery();
  q.date_from = "2024-03-10";
  q.date_to = "2024-04-30";
  EXPECT_EQ(ids(q), (std::set<std::string>{"d1:s1:e2", "d2:s1:e1"}));
  q = EventQuery();
  q.actor = "SYR";
  EXPECT_EQ(ids(q), (std::set<std::string>{"d2:s1:e1"}));
  q.actor = "Iraqi";
  EXPECT_EQ(ids(q).size(), 3u);
  q = EventQuery();
  q.country = "eg";
  EXPECT_EQ(ids(q), (std::set<std::string>{"d3:s1:e1"}));
  q = EventQuery();
  q.type = "assault";
  EXPECT_EQ(ids(q).size(), 2u);
  q.admin1 = "damascus";
  EXPECT_EQ(ids(q), (std::set<std::string>{"d2:s1:e1"}));
  q = EventQuery();
  q.type = "x' OR 1=1 --";
  EXPECT_TRUE(ids(q).empty());
  q = EventQuery();
  q.actor = "%";
  EXPECT_TRUE(ids(q).empty()) << "LIKE wildcards in user text are literal";
  q = EventQuery();
  q.limit = 1;
  int64_t total = 0;
  auto page = st_->query(q, &total);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page.value().size(), 1u);
  EXPECT_EQ(total, 4);
  EXPECT_EQ(page.value()[0].event_id, "d3:s1:e1") << "newest first";
}

TEST_F(StoreTest, TimelineTypeCountsPlaces) {
  fill();
  auto m = st_->timeline(EventQuery(), "month");
  ASSERT_TRUE(m.ok());
  ASSERT_EQ(m.value().size(), 4u);
  EXPECT_EQ(m.value()[0].period, "2024-03");
  auto w = st_->timeline(EventQuery(), "week");
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w.value()[0].period, "2024-W10");  // 2024-03-09 is a Saturday of ISO week 10
  EXPECT_FALSE(st_->timeline(EventQuery(), "year").ok());
  auto tc = st_->type_counts(EventQuery());
  ASSERT_TRUE(tc.ok());
  ASSERT_FALSE(tc.value().empty());
  EXPECT_EQ(tc.value()[0], (std::pair<std::string, int64_t>{"ASSAULT", 2}));
  auto pl = st_->places(EventQuery());
  ASSERT_TRUE(pl.ok());
  EXPECT_EQ(pl.value().size(), 3u);
}

// ---- exports ----

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string f;
  bool q = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (q) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') f.push_back('"'), ++i;
      else if (c == '"') q = false;
      else f.push_back(c);
    } else if (c == '"') q = true;
    else if (c == ',') rows.back().push_back(f), f.clear();
    else if (c == '\n') rows.back().push_back(f), f.clear(), rows.emplace_back();
    else f.push_back(c);
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}
size_t count_fields(const std::string& line, char sep) { return std::count(line.begin(), line.end(), sep) + 1; }

class ExportTest : public StoreTest {
 protected:
  std::string run(const std::string& fmt, EventQuery q = EventQuery()) {
    q.limit = 0;
    char* buf = nullptr;
    size_t len = 0;
    std::FILE* f = open_memstream(&buf, &len);
    Exporter ex(fmt, f);
    ex.begin();
    EXPECT_TRUE(st_->for_each(q, [&](const EventRow& r) {
                       ex.add(r);
                       return true;
                     }).ok());
    ex.end();
    std::fclose(f);
    std::string out(buf, len);
    free(buf);
    return out;
  }
};

TEST_F(ExportTest, JsonlRoundTripsToTheQuery) {
  fill();
  auto ls = lines_of(run("jsonl"));
  ASSERT_EQ(ls.size(), 4u);
  int64_t total = 0;
  auto q = st_->query(EventQuery(), &total);
  std::map<std::string, std::string> byid;
  for (auto& e : q.value()) byid[e.event_id] = e.json;
  for (auto& l : ls) {
    auto j = nlohmann::json::parse(l);
    std::string id = j["event_id"];
    ASSERT_TRUE(byid.count(id));
    EXPECT_EQ(j, nlohmann::json::parse(byid[id]));
    Event e;
    Document d;
    std::string err;
    ASSERT_TRUE(event_from_json(l, &e, &d, &err)) << err;
    std::string again;
    write_event_jsonl(e, d, &again);
    again.pop_back();
    EXPECT_EQ(again, l) << "JSON → Event → JSON is lossless";
  }
}

TEST_F(ExportTest, CsvParsesBackWithTheSameCounts) {
  fill();
  auto rows = parse_csv(run("csv"));
  ASSERT_EQ(rows.size(), 5u);  // header + 4
  for (auto& r : rows) EXPECT_EQ(r.size(), rows[0].size());
  EXPECT_EQ(rows[0][0], "event_id");
  size_t fat = std::find(rows[0].begin(), rows[0].end(), "fatalities") - rows[0].begin();
  ASSERT_LT(fat, rows[0].size());
  EXPECT_EQ(rows[1][fat], "3");
}

TEST_F(ExportTest, AcledColumnsAndInjuredAtTheEnd) {
  fill();
  auto rows = parse_csv(run("acled"));
  ASSERT_EQ(rows.size(), 3u) << "header + the two events with an ACLED type";
  EXPECT_EQ(rows[0], acled_columns());
  EXPECT_EQ(rows[0].back(), "injured");
  EXPECT_EQ(rows[0][28], "fatalities");
  EXPECT_EQ(rows[1].size(), rows[0].size());
  EXPECT_EQ(rows[1][4], "09-03-2024");  // dd-mm-yyyy as the codebook
  EXPECT_EQ(rows[1][17], "Iraq");
  EXPECT_EQ(rows[1][28], "3");
  EXPECT_EQ(rows[1].back(), "5");
  EXPECT_EQ(rows[1][11], "1");  // inter1: state forces
}

TEST_F(ExportTest, GdeltRowsHave61Fields) {
  fill();
  EXPECT_EQ(gdelt_columns().size(), 61u);
  auto ls = lines_of(run("gdelt"));
  ASSERT_EQ(ls.size(), 4u);
  for (auto& l : ls) EXPECT_EQ(count_fields(l, '\t'), 61u) << l;
  std::vector<std::string> f;
  std::istringstream in(ls[0]);
  for (std::string x; std::getline(in, x, '\t');) f.push_back(x);
  EXPECT_EQ(f[1], "20240309");
  EXPECT_EQ(f[5], "IRQMIL");
  EXPECT_EQ(f[26], "190");
  EXPECT_EQ(f[28], "19");
  EXPECT_EQ(f[29], "4");
  EXPECT_EQ(f[58], "98182") << "ActionGeo_FeatureID = GeoNames id";
}

TEST_F(ExportTest, PolecatHas40Columns) {
  fill();
  auto ls = lines_of(run("polecat"));
  ASSERT_EQ(ls.size(), 5u);
  for (auto& l : ls) EXPECT_EQ(count_fields(l, '\t'), 40u);
  EXPECT_EQ(polecat_columns().size(), 40u);
}

TEST_F(ExportTest, GeojsonHasAFeaturePerLocatedEvent) {
  fill();
  auto j = nlohmann::json::parse(run("geojson"));
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 3u);
  auto& f = j["features"][0];
  EXPECT_EQ(f["geometry"]["coordinates"][0].get<double>(), 44.36);
  EXPECT_EQ(f["properties"]["location_name"], "Baghdad");
  for (auto& [k, v] : f["properties"].items()) EXPECT_FALSE(v.is_object()) << k << " is nested";
  // filters apply to exports
  EventQuery q;
  q.country = "SY";
  EXPECT_EQ(nlohmann::json::parse(run("geojson", q))["features"].size(), 1u);
}

// ---- readers ----

TEST(HtmlReader, ArticleOrParagraphsAndNoBody) {
  Document d;
  ReadIssue is;
  TextDefaults def;
  ASSERT_TRUE(read_html_document(
      "<html><head><title>غارة على إدلب</title><meta property=\"article:published_time\" "
      "content=\"2023-05-16T08:00:00Z\"></head><body><nav>القائمة</nav><article><h1>غارة</h1><p>قتل ستة "
      "مدنيين.</p><script>var x=1;</script><p>وأصيب &amp; آخرون.</p></article><footer>حقوق</footer></body></html>",
      "/x/page-1.html", def, &d, &is))
      << is.message;
  EXPECT_EQ(d.id, "page-1");
  EXPECT_EQ(d.title, "غارة على إدلب");
  EXPECT_EQ(d.date, "2023-05-16");
  EXPECT_EQ(d.text, "غارة\nقتل ستة مدنيين.\nوأصيب & آخرون.");
  ASSERT_TRUE(read_html_document("<html><body><div>x</div><p>فقرة أولى</p><div><p>فقرة ثانية</p></div></body></html>",
                                 "p.htm", def, &d, &is));
  EXPECT_EQ(d.text, "فقرة أولى\nفقرة ثانية");
  EXPECT_FALSE(read_html_document("<html><head><title>بلا جسم</title></head></html>", "nobody.html", def, &d, &is));
  EXPECT_EQ(is.reason, "html_no_body");
  EXPECT_FALSE(read_html_document("<html><body><div>لا فقرات</div></body></html>", "nop.html", def, &d, &is));
  EXPECT_EQ(is.reason, "html_no_body");
}

TEST(RssReader, ItemsEntriesAndNotXml) {
  std::vector<Document> docs;
  ReadIssue is;
  TextDefaults def;
  EXPECT_FALSE(read_feed("هذا ليس XML {\"id\": 1}", "bad.rss", def, &docs, &is));
  EXPECT_EQ(is.reason, "not_xml");
  EXPECT_FALSE(read_feed("<html><body></body></html>", "page.xml", def, &docs, &is));
  EXPECT_EQ(is.reason, "not_feed");
  ASSERT_TRUE(read_feed(R"(<?xml version="1.0"?><rss version="2.0"><channel><title>وكالة</title>
    <item><guid>g-1</guid><title>عنوان أول</title><link>http://e.x/1</link>
      <pubDate>Tue, 16 May 2023 08:00:00 +0000</pubDate>
      <description>&lt;p&gt;قصفت &lt;b&gt;الطائرات&lt;/b&gt; مواقع.&lt;/p&gt;</description></item>
    <item><title>بلا معرف</title><link>http://e.x/2</link><description><![CDATA[<p>نص ثان</p>]]></description></item>
    </channel></rss>)",
                        "feed.rss", def, &docs, &is))
      << is.message;
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "g-1");
  EXPECT_EQ(docs[0].date, "2023-05-16");
  EXPECT_EQ(docs[0].text, "قصفت الطائرات مواقع.");
  EXPECT_EQ(docs[0].url, "http://e.x/1");
  EXPECT_EQ(docs[1].id, "http://e.x/2");
  EXPECT_EQ(docs[1].text, "نص ثان");
  docs.clear();
  ASSERT_TRUE(read_feed(R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:a,1</id><title>خبر</title>
    <link rel="alternate" href="http://a.x/1"/><updated>2024-01-02T10:00:00Z</updated>
    <content type="html">&lt;p&gt;اعتقلت الشرطة ثلاثة.&lt;/p&gt;</content></entry></feed>)",
                        "a.atom", def, &docs, &is));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "tag:a,1");
  EXPECT_EQ(docs[0].url, "http://a.x/1");
  EXPECT_EQ(docs[0].date, "2024-01-02");
  EXPECT_EQ(docs[0].text, "اعتقلت الشرطة ثلاثة.");
}

TEST(IngestReader, DispatchesByExtensionAndReportsBrokenLines) {
  std::string dir = tmp_path("reader_dir");
  fs::create_directories(dir);
  std::ofstream(dir + "/a.jsonl") << "{\"id\": \"j1\", \"text\": \"نص\"}\n{\"id\": \"broken\", \"text\": \"قصف\n"
                                  << "{\"id\": \"j2\", \"text\": \"نص آخر\"}\n";
  std::ofstream(dir + "/b.html") << "<html><body><p>فقرة</p></body></html>";
  std::ofstream(dir + "/c.html") << "<html><head><title>t</title></head></html>";
  std::ofstream(dir + "/d.rss") << "not xml at all";
  std::ofstream(dir + "/e.txt") << "نص عادي";
  IngestReader r({dir}, TextDefaults{});
  EXPECT_EQ(r.estimated_total(), 7u);
  std::vector<std::string> ids;
  std::vector<ReadIssue> issues;
  Document d;
  while (r.next(&d, &issues)) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"j1", "j2", "b", "e"}));
  std::set<std::string> reasons;
  for (auto& i : issues) reasons.insert(i.reason);
  EXPECT_EQ(reasons, (std::set<std::string>{"bad_json", "html_no_body", "not_xml"}));
}

}  // namespace
}  // namespace marsad
