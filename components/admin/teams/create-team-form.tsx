"use client";

import { useId, useRef } from "react";
import { createTeamAction } from "@/lib/actions/create-team-action";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/admin/action-message";
import { fieldInput, fieldLabel, panel } from "@/components/ui/styles";
import { useAdminAction } from "@/components/admin/use-admin-action";

export function CreateTeamForm() {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, error, notice } = useAdminAction();
  return (
    <section aria-labelledby="create-team" className={`${panel} p-4`}>
      <h2 id="create-team" className="text-base font-semibold">
        New team
      </h2>
      <form
        ref={form}
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={async (event) => {
          event.preventDefault();
          const name = String(new FormData(event.currentTarget).get("name") ?? "");
          if (
            await run(
              "create",
              () => createTeamAction({ name }),
              (team) => `${team.name} was created. Add its members below.`,
            )
          )
            form.current?.reset();
        }}
      >
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor={id} className={fieldLabel}>
            Team name
          </label>
          <input id={id} name="name" required maxLength={60} placeholder="e.g. Campaign team" className={fieldInput} />
        </div>
        <Button type="submit" disabled={pending !== null}>
          {pending ? "Creating…" : "Create team"}
        </Button>
      </form>
      <ActionMessage error={error} notice={notice} className="mt-3" />
    </section>
  );
}
