#include "io/html_reader.h"

#include <gumbo.h>

#include <filesystem>
#include <vector>

namespace marsad {

namespace {

bool skipped_tag(GumboTag t) {
  return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE ||
         t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_FORM ||
         t == GUMBO_TAG_BUTTON || t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_SVG || t == GUMBO_TAG_HEAD;
}
bool block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TR: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

void raw_text(const GumboNode* n, std::string* out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    out->append(n->v.text.text);
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector* ch = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
  GumboTag tag = n->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : n->v.element.tag;
  if (n->type != GUMBO_NODE_DOCUMENT && skipped_tag(tag)) return;
  bool block = n->type != GUMBO_NODE_DOCUMENT && block_tag(tag);
  if (block) out->push_back('\n');
  for (unsigned i = 0; i < ch->length; ++i) raw_text(static_cast<const GumboNode*>(ch->data[i]), out);
  if (block) out->push_back('\n');
}

// Collapses spaces inside lines, drops empty lines.
std::string tidy(const std::string& s) {
  std::string out, line;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) {
      if (!out.empty()) out.push_back('\n');
      out += line;
    }
    line.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      flush();
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      if (!line.empty() && line.back() != ' ') line.push_back(' ');
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // nbsp
      if (!line.empty() && line.back() != ' ') line.push_back(' ');
      ++i;
    } else {
      line.push_back(static_cast<char>(c));
    }
  }
  flush();
  return out;
}

const GumboNode* find_first(const GumboNode* n, GumboTag tag) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (n->v.element.tag == tag) return n;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i)
    if (auto* r = find_first(static_cast<const GumboNode*>(ch.data[i]), tag)) return r;
  return nullptr;
}

void find_all(const GumboNode* n, GumboTag tag, std::vector<const GumboNode*>* out) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  if (skipped_tag(n->v.element.tag)) return;
  if (n->v.element.tag == tag) {
    out->push_back(n);
    return;  // no nested <p> in <p>
  }
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) find_all(static_cast<const GumboNode*>(ch.data[i]), tag, out);
}

std::string meta(const GumboNode* head, const char* prop) {
  if (!head) return "";
  const GumboVector& ch = head->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    auto* c = static_cast<const GumboNode*>(ch.data[i]);
    if (c->type != GUMBO_NODE_ELEMENT || c->v.element.tag != GUMBO_TAG_META) continue;
    const GumboAttribute* p = gumbo_get_attribute(&c->v.element.attributes, "property");
    if (!p) p = gumbo_get_attribute(&c->v.element.attributes, "name");
    const GumboAttribute* v = gumbo_get_attribute(&c->v.element.attributes, "content");
    if (p && v && std::string(p->value) == prop) return v->value;
  }
  return "";
}

bool iso_date_prefix(const std::string& s) {
  if (s.size() < 10) return false;
  for (int i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  GumboOptions opts = kGumboDefaultOptions;
  GumboOutput* g = gumbo_parse_with_options(&opts, html.data(), html.size());
  std::string raw;
  raw_text(g->root, &raw);
  gumbo_destroy_output(&opts, g);
  return tidy(raw);
}

bool read_html_document(std::string_view html, const std::string& origin, const TextDefaults& def, Document* doc,
                        ReadIssue* issue) {
  issue->origin = origin;
  GumboOptions opts = kGumboDefaultOptions;
  GumboOutput* g = gumbo_parse_with_options(&opts, html.data(), html.size());
  const GumboNode* root = g->root;
  const GumboNode* head = find_first(root, GUMBO_TAG_HEAD);
  const GumboNode* body = find_first(root, GUMBO_TAG_BODY);
  *doc = Document();
  bool ok = true;
  // gumbo makes up an empty <body> for a page without one
  bool no_body = !body;
  if (body && (body->parse_flags & (GUMBO_INSERTION_BY_PARSER | GUMBO_INSERTION_IMPLIED))) {
    // an implied body: "no body" unless something but whitespace ended up in it
    no_body = true;
    const GumboVector& ch = body->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i)
      if (static_cast<const GumboNode*>(ch.data[i])->type != GUMBO_NODE_WHITESPACE &&
          static_cast<const GumboNode*>(ch.data[i])->type != GUMBO_NODE_COMMENT)
        no_body = false;
  }
  if (no_body) {
    issue->reason = "html_no_body";
    issue->message = "HTML page without a body";
    ok = false;
  } else {
    std::string text;
    if (const GumboNode* art = find_first(body, GUMBO_TAG_ARTICLE)) {
      std::string raw;
      raw_text(art, &raw);
      text = tidy(raw);
    }
    if (text.empty()) {
      std::vector<const GumboNode*> ps;
      find_all(body, GUMBO_TAG_P, &ps);
      for (const GumboNode* p : ps) {
        std::string raw;
        raw_text(p, &raw);
        std::string t = tidy(raw);
        for (char& c : t)
          if (c == '\n') c = ' ';
        if (t.empty()) continue;
        if (!text.empty()) text.push_back('\n');
        text += t;
      }
    }
    if (text.empty()) {
      issue->reason = "html_no_body";
      issue->message = "HTML body has no <article> or <p> text";
      ok = false;
    }
    doc->text = text;
  }
  if (ok) {
    if (const GumboNode* t = find_first(root, GUMBO_TAG_TITLE)) {
      std::string raw;
      raw_text(t, &raw);
      doc->title = tidy(raw);
    }
    if (doc->title.empty()) doc->title = meta(head, "og:title");
    doc->url = meta(head, "og:url");
    std::string pub = meta(head, "article:published_time");
    if (pub.empty()) pub = meta(head, "date");
    doc->date = iso_date_prefix(pub) ? pub.substr(0, 10) : def.date;
    std::string site = meta(head, "og:site_name");
    doc->source = !def.source.empty() ? def.source : site;
    doc->id = !def.id.empty() ? def.id : std::filesystem::path(origin).stem().string();
    doc->origin = origin;
  }
  gumbo_destroy_output(&opts, g);
  return ok;
}

}  // namespace marsad
