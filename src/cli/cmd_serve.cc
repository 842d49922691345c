// Placeholder until the server lands.
#include <cstdio>

#include "cli/commands.h"

namespace marsad::cli {

int cmd_serve(int, char**) {
  std::fprintf(stderr, "marsad: serve is not available in this build\n");
  return 2;
}

}  // namespace marsad::cli
