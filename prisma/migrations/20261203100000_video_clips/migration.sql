-- Video clips are stored as Image rows of kind VIDEO: a full-size poster still and the clip's length.
ALTER TABLE "Image" ADD COLUMN "posterKey" TEXT;
ALTER TABLE "Image" ADD COLUMN "durationMs" INTEGER;
