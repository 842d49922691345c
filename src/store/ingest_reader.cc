#include "store/ingest_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/html_reader.h"
#include "io/rss_reader.h"

namespace marsad {
namespace fs = std::filesystem;

namespace {
std::string ext_of(const std::string& p) {
  std::string e = fs::path(p).extension().string();
  for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}
bool read_file(const std::string& p, std::string* out) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}
size_t count_occurrences(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}
}  // namespace

bool IngestReader::is_html(const std::string& p) {
  auto e = ext_of(p);
  return e == ".html" || e == ".htm";
}
bool IngestReader::is_feed(const std::string& p) {
  auto e = ext_of(p);
  return e == ".xml" || e == ".rss" || e == ".atom";
}

IngestReader::IngestReader(const std::vector<std::string>& inputs, TextDefaults def) : def_(std::move(def)) {
  bool unknown = false;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> files;
      for (auto& de : fs::recursive_directory_iterator(in, ec)) {
        auto e = ext_of(de.path().string());
        if (de.is_regular_file() && (e == ".jsonl" || e == ".txt" || e == ".json" || e == ".ndjson" ||
                                     is_html(de.path().string()) || is_feed(de.path().string())))
          files.push_back(de.path().string());
      }
      std::sort(files.begin(), files.end());
      files_.insert(files_.end(), files.begin(), files.end());
    } else {
      files_.push_back(in);
    }
  }
  // estimate the total for the progress bar
  for (const auto& f : files_) {
    if (f == "-") {
      unknown = true;
      continue;
    }
    auto e = ext_of(f);
    if (e == ".jsonl" || e == ".json" || e == ".ndjson") {
      std::ifstream in(f, std::ios::binary);
      std::string line;
      while (std::getline(in, line))
        if (line.find_first_not_of(" \t\r") != std::string::npos) ++total_;
    } else if (is_feed(f)) {
      std::string data;
      if (read_file(f, &data)) total_ += std::max<size_t>(1, count_occurrences(data, "<item") + count_occurrences(data, "<entry"));
      else ++total_;
    } else {
      ++total_;
    }
  }
  if (unknown) total_ = 0;
}

bool IngestReader::next(Document* doc, std::vector<ReadIssue>* issues) {
  for (;;) {
    if (!queue_.empty()) {
      *doc = std::move(queue_.front());
      queue_.pop_front();
      return true;
    }
    if (sub_) {
      if (sub_->next(doc, issues)) return true;
      sub_.reset();
    }
    if (pos_ >= files_.size()) return false;
    const std::string& f = files_[pos_++];
    if (f != "-" && (is_html(f) || is_feed(f))) {
      std::string data;
      if (!read_file(f, &data)) {
        issues->push_back({f, "unreadable", "cannot open file"});
        continue;
      }
      ReadIssue is;
      if (is_html(f)) {
        Document d;
        if (read_html_document(data, f, def_, &d, &is)) queue_.push_back(std::move(d));
        else issues->push_back(is);
      } else {
        std::vector<Document> docs;
        if (read_feed(data, f, def_, &docs, &is)) {
          if (docs.empty()) issues->push_back({f, "empty_feed", "feed has no <item> or <entry>"});
          for (auto& d : docs) queue_.push_back(std::move(d));
        } else {
          issues->push_back(is);
        }
      }
      continue;
    }
    sub_ = std::make_unique<DocumentReader>(std::vector<std::string>{f}, def_);
  }
}

}  // namespace marsad
