-- Issue 11, access limits (H2).

-- Uploads: the per-user daily quota and the sweep of abandoned uploads.
CREATE TABLE "Upload" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referencedAt" DATETIME,
    CONSTRAINT "Upload_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Upload_userId_createdAt_idx" ON "Upload"("userId", "createdAt");
