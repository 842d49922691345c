#include "coder/ontology.h"

#include <fstream>

namespace marsad {

Result<Ontology> Ontology::load(const std::string& dir) {
  Ontology o;
  std::ifstream in(dir + "/cameo.tsv");
  if (!in) return Status::Error("cannot read " + dir + "/cameo.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t');
    if (a == std::string::npos) continue;
    size_t b = line.find('\t', a + 1);
    CameoCode c;
    c.goldstein = std::strtod(line.substr(a + 1, b - a - 1).c_str(), nullptr);
    c.name = b == std::string::npos ? "" : line.substr(b + 1);
    o.cameo_.emplace(line.substr(0, a), std::move(c));
  }
  std::ifstream pm(dir + "/plover_modes.tsv");
  if (!pm) return Status::Error("cannot read " + dir + "/plover_modes.tsv");
  while (std::getline(pm, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t');
    if (a == std::string::npos) continue;
    o.modes_.emplace(line.substr(0, a), line.substr(a + 1));
  }
  return o;
}

const CameoCode* Ontology::cameo(std::string_view code) const {
  auto it = cameo_.find(std::string(code));
  return it == cameo_.end() ? nullptr : &it->second;
}

bool Ontology::mode_ok(std::string_view type, std::string_view mode) const {
  return mode.empty() || modes_.count({std::string(type), std::string(mode)}) > 0;
}

int Ontology::quad_class(std::string_view cameo) {
  if (cameo.size() < 2) return 0;
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 9) return 2;
  if (root >= 10 && root <= 14) return 3;
  if (root >= 15 && root <= 20) return 4;
  return 0;
}

std::pair<std::string, std::string> Ontology::acled(std::string_view type, std::string_view mode,
                                                    std::string_view cameo,
                                                    std::string_view target_role) {
  const std::string ex = "Explosions/Remote violence";
  if (type == "ASSAULT") {
    if (mode == "aerial" || mode == "drone") return {ex, "Air/drone strike"};
    if (mode == "suicide-attack") return {ex, "Suicide bomb"};
    if (mode == "heavy-weapons") return {ex, "Shelling/artillery/missile attack"};
    if (mode == "explosives") return {ex, "Remote explosive/landmine/IED"};
    if (mode == "unconventional") return {ex, "Chemical weapon"};
    if (mode == "abduct") return {"Violence against civilians", "Abduction/forced disappearance"};
    if (mode == "sexual") return {"Violence against civilians", "Sexual violence"};
    if (mode == "destroy") return {"Strategic developments", "Looting/property destruction"};
    bool civ = target_role == "CVL" || target_role == "MED" || target_role == "EDU" ||
               target_role == "REL" || target_role == "HLH" || target_role == "REF";
    if (civ) return {"Violence against civilians", "Attack"};
    if (cameo.rfind("19", 0) == 0 && !target_role.empty()) return {"Battles", "Armed clash"};
    if (cameo.rfind("19", 0) == 0) return {"Battles", "Armed clash"};
    return {"Violence against civilians", "Attack"};
  }
  if (type == "PROTEST") {
    if (mode == "riot") return {"Riots", "Violent demonstration"};
    return {"Protests", "Peaceful protest"};
  }
  if (type == "COERCE" && mode == "arrest") return {"Strategic developments", "Arrests"};
  if (type == "AGREE") return {"Strategic developments", "Agreement"};
  if (type == "RETREAT" && mode == "withdraw")
    return {"Strategic developments", "Non-violent transfer of territory"};
  if (type == "MOBILIZE") return {"Strategic developments", "Other"};
  return {"", ""};
}

}  // namespace marsad
