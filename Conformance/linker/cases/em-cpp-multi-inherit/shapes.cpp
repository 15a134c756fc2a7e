#include "shapes.h"
Named::~Named() {}
Drawable::~Drawable() {}
Entity::~Entity() {}
Player::Player(int id) : Entity(id) { z = 5; }
std::string Player::name() const { return "player#" + std::to_string(id); }
void Player::draw(std::string &canvas) const { canvas += "P@" + std::to_string(x) + " "; }
void Player::move(int dx) { Movable::move(dx * 2); }
std::string Rock::name() const { return "rock"; }
