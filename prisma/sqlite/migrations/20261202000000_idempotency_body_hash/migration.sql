-- A replayed Idempotency-Key must carry the same request: keep a hash of the body it was first used with.
ALTER TABLE "Comparison" ADD COLUMN "idempotencyBodyHash" TEXT;
