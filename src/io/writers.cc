#include "io/writers.h"

#include <cstdio>

#include "text/normalizer.h"
#include "text/utf8.h"

namespace marsad {

void json_escape(std::string_view s, std::string* out) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

namespace {
void str_or_null(const std::string& s, std::string* out) {
  if (s.empty()) out->append("null");
  else json_escape(s, out);
}
void span(const Span& s, std::string* out) {
  out->append("[" + std::to_string(s.b) + ", " + std::to_string(s.e) + "]");
}
void num_or_null(const std::optional<int64_t>& v, std::string* out) {
  out->append(v ? std::to_string(*v) : "null");
}
std::string fmt_double(double d, int prec) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", prec, d);
  return buf;
}
void actor(const ActorRef& a, std::string* out) {
  if (!a.present) {
    out->append("null");
    return;
  }
  out->append("{\"text\": ");
  if (a.implied) out->append("null");
  else json_escape(a.text, out);
  out->append(", \"name\": ");
  str_or_null(a.name, out);
  out->append(", \"code\": ");
  str_or_null(a.code, out);
  out->append(", \"country\": ");
  str_or_null(a.country, out);
  out->append(", \"role\": ");
  str_or_null(a.role, out);
  out->append(", \"span\": ");
  if (a.implied) out->append("null");
  else span(a.span, out);
  if (a.implied) out->append(", \"implied\": true");
  if (a.country_inferred) out->append(", \"country_inferred\": true");
  out->push_back('}');
}
void write_location(const LocationRef& loc, std::string* out) {
  if (!loc.present) {
    out->append("null");
  } else {
    out->append("{\"text\": ");
    str_or_null(loc.text, out);
    const LocationRef& l = loc;
    out->append(", \"name\": ");
    str_or_null(l.name, out);
    out->append(", \"name_ar\": ");
    str_or_null(l.name_ar, out);
    out->append(", \"geonameid\": ");
    out->append(l.geonameid ? std::to_string(*l.geonameid) : "null");
    out->append(", \"feature\": ");
    str_or_null(l.feature, out);
    out->append(", \"country\": ");
    str_or_null(l.country, out);
    out->append(", \"admin1\": ");
    str_or_null(l.admin1, out);
    out->append(", \"admin2\": ");
    str_or_null(l.admin2, out);
    out->append(", \"lat\": ");
    out->append(l.lat ? fmt_double(*l.lat, 5) : "null");
    out->append(", \"lon\": ");
    out->append(l.lon ? fmt_double(*l.lon, 5) : "null");
    out->append(", \"precision\": ");
    json_escape(l.precision, out);
    out->append(", \"span\": ");
    if (loc.text.empty()) out->append("null");
    else span(loc.span, out);
    out->push_back('}');
  }
}
}  // namespace

void write_event_jsonl(const Event& e, const Document& doc, std::string* out) {
  out->append("{\"event_id\": ");
  json_escape(e.event_id, out);
  out->append(", \"doc_id\": ");
  json_escape(e.doc_id, out);
  out->append(", \"doc\": {\"source\": ");
  str_or_null(doc.source, out);
  out->append(", \"url\": ");
  str_or_null(doc.url, out);
  out->append(", \"published\": ");
  str_or_null(doc.date, out);
  out->append(", \"title\": ");
  str_or_null(doc.title, out);
  out->append("}, \"type\": ");
  json_escape(e.type, out);
  out->append(", \"mode\": ");
  str_or_null(e.mode, out);
  out->append(", \"cameo\": ");
  str_or_null(e.cameo, out);
  out->append(", \"acled\": ");
  if (e.acled_type.empty()) {
    out->append("null");
  } else {
    out->append("{\"event_type\": ");
    json_escape(e.acled_type, out);
    out->append(", \"sub_event_type\": ");
    str_or_null(e.acled_sub, out);
    out->push_back('}');
  }
  out->append(", \"goldstein\": " + fmt_double(e.goldstein, 1));
  out->append(", \"quad_class\": " + std::to_string(e.quad_class));
  out->append(", \"modality\": ");
  json_escape(e.modality, out);
  out->append(std::string(", \"negated\": ") + (e.negated ? "true" : "false"));
  out->append(", \"actor1\": ");
  actor(e.actor1, out);
  out->append(", \"actor2\": ");
  actor(e.actor2, out);
  out->append(", \"date\": {\"start\": ");
  str_or_null(e.date.start, out);
  out->append(", \"end\": ");
  str_or_null(e.date.end, out);
  out->append(", \"precision\": ");
  json_escape(e.date.precision, out);
  out->append(", \"text\": ");
  str_or_null(e.date.text, out);
  out->append(", \"span\": ");
  if (e.date.has_span) span(e.date.span, out);
  else out->append("null");
  out->append("}, \"location\": ");
  write_location(e.location, out);
  out->append(", \"fatalities\": ");
  num_or_null(e.fatalities, out);
  out->append(", \"injured\": ");
  num_or_null(e.injured, out);
  out->append(", \"arrested\": ");
  num_or_null(e.arrested, out);
  out->append(", \"displaced\": ");
  num_or_null(e.displaced, out);
  out->append(", \"trigger\": {\"text\": ");
  json_escape(e.trigger_text, out);
  out->append(", \"span\": ");
  span(e.trigger_span, out);
  out->append("}, \"sentence\": ");
  json_escape(e.sentence, out);
  out->append(", \"sentence_span\": ");
  span(e.sentence_span, out);
  out->append(", \"confidence\": " + fmt_double(e.confidence, 2));
  out->append("}\n");
}

namespace {
void csv_field(std::string_view s, std::string* out) {
  bool q = s.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!q) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}
std::string opt(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }
}  // namespace

void write_place_jsonl(const PlaceMention& p, const Document& doc, std::string* out) {
  out->append("{\"doc_id\": ");
  json_escape(doc.id, out);
  out->append(", \"sentence\": " + std::to_string(p.sentence + 1) + ", \"location\": ");
  write_location(p.loc, out);
  out->append(", \"why\": ");
  json_escape(p.why, out);
  out->append("}\n");
}

std::string csv_header() {
  return "event_id,doc_id,published,type,mode,cameo,goldstein,quad_class,acled_event_type,acled_sub_event_type,"
         "modality,negated,actor1_text,actor1_name,actor1_code,actor1_country,actor1_role,actor2_text,"
         "actor2_name,actor2_code,actor2_country,actor2_role,date_start,date_end,date_precision,date_text,"
         "location_text,location_name,location_geonameid,location_country,location_admin1,location_admin2,location_lat,location_lon,location_precision,fatalities,injured,arrested,displaced,trigger,sentence,confidence\n";
}

void write_event_csv(const Event& e, const Document& doc, std::string* out) {
  std::vector<std::string> f = {e.event_id, e.doc_id, doc.date, e.type, e.mode, e.cameo,
                                fmt_double(e.goldstein, 1), std::to_string(e.quad_class), e.acled_type,
                                e.acled_sub, e.modality, e.negated ? "true" : "false",
                                e.actor1.text, e.actor1.name, e.actor1.code, e.actor1.country, e.actor1.role,
                                e.actor2.text, e.actor2.name, e.actor2.code, e.actor2.country, e.actor2.role,
                                e.date.start, e.date.end, e.date.precision, e.date.text,
                                e.location.text, e.location.name,
                                e.location.geonameid ? std::to_string(*e.location.geonameid) : "",
                                e.location.country, e.location.admin1, e.location.admin2,
                                e.location.lat ? fmt_double(*e.location.lat, 5) : "",
                                e.location.lon ? fmt_double(*e.location.lon, 5) : "",
                                e.location.present ? e.location.precision : "",
                                opt(e.fatalities), opt(e.injured), opt(e.arrested), opt(e.displaced),
                                e.trigger_text, e.sentence, fmt_double(e.confidence, 2)};
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) out->push_back(',');
    csv_field(f[i], out);
  }
  out->push_back('\n');
}

namespace {
// Display width: combining marks take no column.
size_t width(std::string_view s) {
  std::u32string cps;
  size_t bad = 0;
  if (!decode_utf8(s, &cps, &bad)) return s.size();
  size_t w = 0;
  for (char32_t c : cps)
    if (!Normalizer::is_dropped(c) || c == 0x0640) ++w;
  return w;
}
std::string cell(std::string_view s, size_t n) {
  std::u32string cps;
  size_t bad = 0;
  decode_utf8(s, &cps, &bad);
  std::u32string cut;
  size_t w = 0;
  for (char32_t c : cps) {
    if (c == '\n' || c == '\t') c = ' ';
    if (w >= n) break;
    cut.push_back(c);
    if (!Normalizer::is_dropped(c)) ++w;
  }
  std::string out = to_utf8(cut);
  // an isolate keeps right-to-left text from reordering the columns
  bool rtl = false;
  for (char32_t c : cut) rtl |= c >= 0x0600 && c <= 0x06FF;
  if (rtl) out = "\u2068" + out + "\u2069";
  out.append(n > width(to_utf8(cut)) ? n - width(to_utf8(cut)) : 0, ' ');
  return out;
}
}  // namespace

std::string table_header() {
  return cell("event", 24) + " " + cell("type", 9) + " " + cell("cameo", 5) + " " + cell("modality", 10) + " " +
         cell("actor1", 12) + " " + cell("actor2", 12) + " " + cell("date", 10) + " " + cell("k/i/a", 8) + " " +
         "trigger / place\n";
}

void write_event_table(const Event& e, const Document& doc, std::string* out) {
  std::string kia = (e.fatalities ? std::to_string(*e.fatalities) : "-") + "/" +
                    (e.injured ? std::to_string(*e.injured) : "-") + "/" +
                    (e.arrested ? std::to_string(*e.arrested) : "-");
  out->append(cell(e.event_id, 24) + " " + cell(e.type, 9) + " " + cell(e.cameo, 5) + " " +
              cell(e.modality + (e.negated ? "!" : ""), 10) + " " + cell(e.actor1.code.empty() ? "-" : e.actor1.code, 12) +
              " " + cell(e.actor2.code.empty() ? "-" : e.actor2.code, 12) + " " +
              cell(e.date.start.empty() ? "-" : e.date.start, 10) + " " + cell(kia, 8) + " " +
              cell(e.trigger_text + (e.location.present ? " @ " + e.location.text : ""), 60) + "\n");
}

}  // namespace marsad
