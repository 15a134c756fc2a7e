#include <cstdio>
#include <memory>
#include <typeinfo>
#include <vector>
#include "shapes.h"

static void describe(Entity &e) {
    auto *n = dynamic_cast<Named *>(&e);          // cross-cast through the virtual base
    auto *m = dynamic_cast<Movable *>(&e);
    auto *c = dynamic_cast<Collidable *>(&e);
    std::printf("id %d kind %d name %s movable %d collidable %d\n", e.id, e.kind(),
                n ? n->name().c_str() : "?", m != nullptr, c != nullptr);
}

int main() {
    Player p(7);
    Rock r;
    std::vector<Entity *> world{&p, &r};
    for (auto *e : world) describe(*e);

    Movable &mv = p;
    mv.move(4);
    Collidable &col = p;
    std::printf("player x %d, hits(3) %d, same object via bases: %d\n", p.x, col.hits(3),
                static_cast<Entity *>(&mv) == static_cast<Entity *>(&col));

    std::string canvas;
    std::vector<std::unique_ptr<Named>> names;
    names.emplace_back(new Player(1));
    names.emplace_back(new Rock());
    for (auto &n : names) {
        if (auto *d = dynamic_cast<Drawable *>(n.get())) d->draw(canvas);
        std::printf("%s is %s\n", n->name().c_str(), typeid(*n) == typeid(Player) ? "a Player" : "not a Player");
    }
    Drawable *d = &p;
    d->draw(canvas);
    std::printf("canvas: %s| z=%d\n", canvas.c_str(), d->z);
    std::printf("address adjustments: Named %d Drawable %d\n",
                (int)((char *)static_cast<Named *>(&p) - (char *)&p) > 0,
                (int)((char *)static_cast<Drawable *>(&p) - (char *)&p) > 0);
    return 0;
}
