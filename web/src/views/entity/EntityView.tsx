import type { ViewProps } from "../../app/routes";

export function EntityView({ params }: ViewProps) {
  return (
    <section>
      <h1 tabIndex={-1}>{params.id}</h1>
    </section>
  );
}
