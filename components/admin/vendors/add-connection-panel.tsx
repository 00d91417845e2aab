"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { panel } from "@/components/ui/styles";
import { ConnectionForm } from "./connection-form";

/** "Add connection", opening the form in place. */
export function AddConnectionPanel({ teams }: { teams: { id: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" onClick={() => setOpen(true)}>
        Add connection
      </Button>
    );
  }
  return (
    <section aria-labelledby="add-connection" className={`${panel} w-full p-4`}>
      <h2 id="add-connection" className="mb-4 text-base font-semibold">
        New vendor connection
      </h2>
      <ConnectionForm teams={teams} onDone={() => setOpen(false)} />
    </section>
  );
}
