#pragma once

// floorboard-cli site …: the site server's own commands (docs/site-server.md).
// Each subcommand is one entry point, so that the `site` dispatcher can list
// them all in one place.
#include "Cli.h"

namespace fb::cli {

// site init [ADDRESS] [--admin]: the schema, and with --admin the roles and
// policies (SiteInitCommand.cpp).
int runSiteInit(const Context& ctx);
// site member add|list|remove (SiteMemberCommand.cpp).
int runSiteMember(const Context& ctx);

} // namespace fb::cli
