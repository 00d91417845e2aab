// Next.js configuration. Native and heavy server packages stay external so the
// server bundle loads them from node_modules as built for this machine.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several checkouts of work in progress build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // The built-in vendor is a workspace package shipped as TypeScript source.
  transpilePackages: ["@atelier/vendor-simulator"],
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client", "@node-rs/argon2", "sharp", "h264-mp4-encoder"],
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
  images: { unoptimized: true },
};

export default nextConfig;
