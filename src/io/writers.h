// Writers: JSON Lines (the EVENT_SCHEMA.md record), CSV (flat columns) and a
// terminal table.
#pragma once
#include <string>

#include "coder/event.h"

namespace marsad {

void json_escape(std::string_view s, std::string* out);
void write_event_jsonl(const Event& e, const Document& doc, std::string* out);
// One place a document mentions (`marsad code --places`).
void write_place_jsonl(const PlaceMention& p, const Document& doc, std::string* out);
std::string csv_header();
void write_event_csv(const Event& e, const Document& doc, std::string* out);
std::string table_header();
void write_event_table(const Event& e, const Document& doc, std::string* out);

}  // namespace marsad
