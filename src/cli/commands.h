// Subcommands implemented outside main.cc.
#pragma once

namespace marsad::cli {

int cmd_ingest(int argc, char** argv);  // src/cli/cmd_store.cc
int cmd_query(int argc, char** argv);   // src/cli/cmd_store.cc
int cmd_export(int argc, char** argv);  // src/cli/cmd_store.cc
int cmd_serve(int argc, char** argv);   // src/cli/cmd_serve.cc

}  // namespace marsad::cli
