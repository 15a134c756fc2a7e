#pragma once
#include <string>

struct Named {
    virtual ~Named();
    virtual std::string name() const = 0;
};

struct Drawable {
    virtual ~Drawable();
    virtual void draw(std::string &canvas) const = 0;
    int z = 0;
};

/* diamond with a virtual base */
struct Entity {
    explicit Entity(int id) : id(id) {}
    virtual ~Entity();
    virtual int kind() const { return 0; }
    int id;
};
struct Movable : virtual Entity {
    Movable() : Entity(-1) {}
    virtual void move(int dx) { x += dx; }
    int x = 0;
};
struct Collidable : virtual Entity {
    Collidable() : Entity(-2) {}
    virtual bool hits(int px) const { return px == radius; }
    int radius = 3;
};
struct Player final : Movable, Collidable, Named, Drawable {
    explicit Player(int id);
    int kind() const override { return 1; }
    std::string name() const override;
    void draw(std::string &canvas) const override;
    void move(int dx) override;
};
struct Rock : Collidable, Named {
    Rock() : Entity(99) {}
    std::string name() const override;
};
