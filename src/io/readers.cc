#include "io/readers.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace marsad {
namespace fs = std::filesystem;

namespace {
bool get_string(const nlohmann::json& j, const char* key, std::string* out, std::string* err) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return true;
  if (it->is_string()) {
    *out = it->get<std::string>();
    return true;
  }
  if (it->is_number_integer() || it->is_number_unsigned()) {
    *out = std::to_string(it->get<long long>());
    return true;
  }
  *err = std::string("field '") + key + "' is not a string";
  return false;
}
}  // namespace

bool parse_jsonl_line(std::string_view line, const std::string& origin, Document* doc, ReadIssue* issue) {
  issue->origin = origin;
  nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded()) {
    issue->reason = "bad_json";
    issue->message = "not valid JSON";
    return false;
  }
  if (!j.is_object()) {
    issue->reason = "bad_json";
    issue->message = "a line must be a JSON object";
    return false;
  }
  *doc = Document();
  std::string err;
  if (!get_string(j, "id", &doc->id, &err) || !get_string(j, "text", &doc->text, &err) ||
      !get_string(j, "date", &doc->date, &err) || !get_string(j, "title", &doc->title, &err) ||
      !get_string(j, "url", &doc->url, &err) || !get_string(j, "source", &doc->source, &err)) {
    issue->reason = "bad_field";
    issue->message = err;
    return false;
  }
  if (j.find("text") == j.end() || j["text"].is_null()) {
    issue->reason = "missing_text";
    issue->message = "no 'text' field" + (doc->id.empty() ? std::string() : " in document " + doc->id);
    return false;
  }
  if (doc->id.empty()) {
    issue->reason = "missing_id";
    issue->message = "no 'id' field";
    return false;
  }
  doc->origin = origin;
  return true;
}

DocumentReader::DocumentReader(std::vector<std::string> inputs, TextDefaults defaults)
    : def_(std::move(defaults)) {
  for (auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> files;
      for (auto& de : fs::recursive_directory_iterator(in, ec)) {
        auto ext = de.path().extension().string();
        if (de.is_regular_file() && (ext == ".jsonl" || ext == ".txt" || ext == ".json"))
          files.push_back(de.path().string());
      }
      std::sort(files.begin(), files.end());
      inputs_.insert(inputs_.end(), files.begin(), files.end());
    } else {
      inputs_.push_back(in);
    }
  }
}

bool DocumentReader::open_next(std::vector<ReadIssue>* issues) {
  while (pos_ < inputs_.size()) {
    name_ = inputs_[pos_++];
    line_ = 0;
    has_pending_ = false;
    owned_.reset();
    if (name_ == "-") {
      in_ = &std::cin;
      name_ = "<stdin>";
      // sniff: JSONL when the first non-blank character is '{'
      std::string first;
      while (std::getline(*in_, first)) {
        ++line_;
        if (first.find_first_not_of(" \t\r") != std::string::npos) break;
      }
      size_t p = first.find_first_not_of(" \t\r\xEF\xBB\xBF");
      jsonl_ = p != std::string::npos && first[p] == '{';
      pending_ = first;
      has_pending_ = !first.empty() || in_->good();
      return true;
    }
    auto f = std::make_unique<std::ifstream>(name_, std::ios::binary);
    if (!*f) {
      issues->push_back({name_, "unreadable", "cannot open file"});
      continue;
    }
    std::string ext = fs::path(name_).extension().string();
    jsonl_ = ext == ".jsonl" || ext == ".json" || ext == ".ndjson";
    owned_ = std::move(f);
    in_ = owned_.get();
    return true;
  }
  return false;
}

bool DocumentReader::next(Document* doc, std::vector<ReadIssue>* issues) {
  for (;;) {
    if (!in_ && !open_next(issues)) return false;
    if (!jsonl_) {
      // the whole stream is one document
      std::ostringstream ss;
      if (has_pending_) {
        ss << pending_;
        if (!in_->eof()) ss << '\n';
        has_pending_ = false;
      }
      ss << in_->rdbuf();
      *doc = Document();
      doc->text = ss.str();
      if (doc->text.size() >= 3 && doc->text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc->text.erase(0, 3);
      doc->id = !def_.id.empty() ? def_.id : fs::path(name_).stem().string();
      if (name_ == "<stdin>" && def_.id.empty()) doc->id = "stdin";
      doc->date = def_.date;
      doc->source = def_.source;
      doc->origin = name_;
      in_ = nullptr;
      return true;
    }
    std::string line;
    bool got = false;
    if (has_pending_) {
      line = pending_;
      has_pending_ = false;
      got = true;
    } else if (std::getline(*in_, line)) {
      ++line_;
      got = true;
    }
    if (!got) {
      in_ = nullptr;
      continue;
    }
    if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ReadIssue issue;
    std::string origin = name_ + ":" + std::to_string(line_);
    if (!parse_jsonl_line(line, origin, doc, &issue)) {
      issues->push_back(issue);
      continue;
    }
    if (doc->date.empty()) doc->date = def_.date;
    if (doc->source.empty()) doc->source = def_.source;
    return true;
  }
}

}  // namespace marsad
