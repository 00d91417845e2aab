-- Extra hosts a connection's images may be downloaded from (issue 10): a JSON array of
-- "host" or "host:port" strings, e.g. a self-hosted proxy's CDN or a New API ServerAddress.
ALTER TABLE "VendorConnection" ADD COLUMN "imageHosts" TEXT NOT NULL DEFAULT '[]';
