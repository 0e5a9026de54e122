// The start page: the search box and where each view lives.
import { Link } from "../../app/router";
import { SearchBox } from "./SearchBox";

export function HomeView() {
  return (
    <section className="home">
      <h1 tabIndex={-1}>EU–Japan cooperation in science, technology and innovation</h1>
      <p>
        People, institutions, projects, agreements and meetings from curated public sources; every link comes with the
        quote that states it or the curator’s reason.
      </p>
      <SearchBox autoFocus />
      <h2>Start from an example</h2>
      <ul>
        <li>
          <Link to="/who-met/person:robert-jan-smits">Whom did Robert-Jan Smits meet?</Link> (who met whom, with a time
          slider)
        </li>
        <li>
          <Link to="/network/institution:jst">JST and its neighbours</Link> (network, click to expand)
        </li>
        <li>
          <Link to="/entity/project:jeupiste">JEUPISTE</Link> (an entity page with every relationship and its evidence)
        </li>
        <li>
          <a href="/graphql">The GraphQL IDE</a> with example queries for every job
        </li>
      </ul>
    </section>
  );
}
