// Creates the people the tests need (a member of the admin's team, and someone in another team).
import { test as setup } from "@playwright/test";
import { runCli } from "./support/cli";
import { MEMBER, OUTSIDER } from "./support/env";

setup("create test users", async () => {
  runCli("user", ["add", "--email", MEMBER.email, "--password", MEMBER.password, "--role", "MEMBER", "--team", "Studio"]);
  runCli("user", ["add", "--email", OUTSIDER.email, "--password", OUTSIDER.password, "--role", "MEMBER", "--team", "Elsewhere"]);
});
