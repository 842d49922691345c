// Placeholder until the store lands: each command says so and fails.
#include <cstdio>

#include "cli/commands.h"

namespace marsad::cli {

int cmd_ingest(int, char**) {
  std::fprintf(stderr, "marsad: ingest is not available in this build\n");
  return 2;
}
int cmd_query(int, char**) {
  std::fprintf(stderr, "marsad: query is not available in this build\n");
  return 2;
}
int cmd_export(int, char**) {
  std::fprintf(stderr, "marsad: export is not available in this build\n");
  return 2;
}

}  // namespace marsad::cli
