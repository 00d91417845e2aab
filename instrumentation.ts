// Runs once when the server starts: validate the environment, create the first admin and
// the built-in vendor connection, then start the job engine.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootServer } = await import("./lib/server/boot");
  await bootServer();
}
