#include "io/rss_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <filesystem>

#include "io/html_reader.h"
#include "time/date_resolver.h"

namespace marsad {

namespace {

std::string name_of(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }

std::string content_of(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

std::string attr(const xmlNode* n, const char* a) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(a));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::string trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

void collect_items(xmlNode* n, std::vector<xmlNode*>* out) {
  for (xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string nm = name_of(c);
    if (nm == "item" || nm == "entry") {
      out->push_back(c);
      continue;
    }
    collect_items(c->children, out);
  }
}

int month_of(std::string_view m) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (m.size() < 3) return 0;
  for (int i = 0; i < 12; ++i)
    if (std::tolower(m[0]) == names[i][0] && std::tolower(m[1]) == names[i][1] && std::tolower(m[2]) == names[i][2])
      return i + 1;
  return 0;
}

}  // namespace

std::string feed_date(std::string_view s) {
  std::string t = trim(std::string(s));
  if (t.size() >= 10 && t[4] == '-' && t[7] == '-' && std::isdigit(static_cast<unsigned char>(t[0])))
    return parse_iso_date(t.substr(0, 10)) ? t.substr(0, 10) : std::string();  // not 2023-13-45
  // RFC 822: [Day, ]DD Mon YYYY ...
  size_t comma = t.find(',');
  std::string r = comma == std::string::npos ? t : t.substr(comma + 1);
  int d = 0, y = 0;
  char mon[16] = {0};
  if (std::sscanf(r.c_str(), " %d %15s %d", &d, mon, &y) == 3) {
    int m = month_of(mon);
    if (y < 100) y += 2000;
    if (m && d >= 1 && d <= 31 && y > 1900) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      if (parse_iso_date(buf)) return buf;  // not 2023-02-31 or a 5-digit year
    }
  }
  return "";
}

bool read_feed(std::string_view data, const std::string& origin, const TextDefaults& def,
               std::vector<Document>* docs, ReadIssue* issue) {
  issue->origin = origin;
  // no network, no external entities, no error spew on stderr
  xmlDocPtr x = xmlReadMemory(data.data(), static_cast<int>(data.size()), origin.c_str(), nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (!x) {
    const xmlError* e = xmlGetLastError();
    std::string why = e && e->message ? trim(e->message) : "parse error";
    issue->reason = "not_xml";
    issue->message = "not XML (" + why + (e ? ", line " + std::to_string(e->line) : "") + ")";
    xmlResetLastError();
    return false;
  }
  xmlNode* root = xmlDocGetRootElement(x);
  std::string rn = root ? name_of(root) : "";
  if (rn != "rss" && rn != "feed" && rn != "RDF" && rn != "channel") {
    issue->reason = "not_feed";
    issue->message = "XML but not an RSS or Atom feed (root <" + rn + ">)";
    xmlFreeDoc(x);
    return false;
  }
  std::vector<xmlNode*> items;
  collect_items(root->children, &items);
  std::string stem = std::filesystem::path(origin).stem().string();
  size_t k = 0;
  for (xmlNode* it : items) {
    ++k;
    Document d;
    std::string guid, link, date, content, summary;
    for (xmlNode* c = it->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string nm = name_of(c);
      if (nm == "guid" || nm == "id") guid = trim(content_of(c));
      else if (nm == "title") d.title = trim(html_to_text(content_of(c)));
      else if (nm == "link") {
        std::string href = attr(c, "href");
        std::string rel = attr(c, "rel");
        if (!href.empty()) {
          if (link.empty() || rel.empty() || rel == "alternate") link = href;
        } else if (link.empty()) {
          link = trim(content_of(c));
        }
      } else if (nm == "pubDate" || nm == "published" || nm == "date" || (nm == "updated" && date.empty()))
        date = feed_date(content_of(c));
      else if (nm == "encoded" || nm == "content") content = content_of(c);
      else if (nm == "description" || nm == "summary") summary = content_of(c);
    }
    d.id = !guid.empty() ? guid : !link.empty() ? link : stem + ":" + std::to_string(k);
    d.url = link;
    d.date = !date.empty() ? date : def.date;
    d.source = def.source;
    d.text = html_to_text(!trim(content).empty() ? content : summary);
    d.origin = origin + ":item" + std::to_string(k);
    docs->push_back(std::move(d));
  }
  xmlFreeDoc(x);
  return true;
}

}  // namespace marsad
